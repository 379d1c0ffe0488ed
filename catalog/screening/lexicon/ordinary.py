"""Real words and neighbours that make a lure word ordinary work ("bar code", "head massage",
"weekly off", "Model Town").
"""

# Real words that lie within a spelling slip of a lure word and must not be taken for it
# (they still match a phrase that is exactly them).
ORDINARY_WORDS = (
    "hostel", "hostels", "hotel", "hotels", "escorted", "escorting", "modest", "modern",
    "barcode", "feedback", "forest", "deposited", "depositing", "modular", "danced",
    "thaka", "thakar", "thakte", "thakun",
    # the Hindi verb "kar" (to do) in its forms, not "car" with an ending: "drape karke
    # dikhaye", "kaam karte", "madad kare"
    "karke", "karte", "kare", "karo",
)
# Neighbours (two words either side) that make a lure word ordinary work: "bar code",
# "head massage", "escorted to the cab", "role model", "foreign clients", "Visa card",
# "travel allowance", "salary deposit in the bank".
ORDINARY_NEIGHBOURS = {
    "entertainment": (
        "code", "coding", "head", "scalp", "hair", "champi", "cab", "cabs", "guard", "guards",
        "security", "transport", "vehicle", "drop", "role", "business", "curriculum",
        "number", "chocolate", "soap", "working",
        "school", "english", "tarun",
        # the "employer pays model" of lawful recruitment, not a person modelling
        "employer pays", "employer-pays",
        # a model of a thing, not a person: "latest model phones", "नए मॉडल के ब्लाउज़",
        # "sugar models" on a cake
        "latest", "new", "naya", "naye", "nayi", "notun", "नए", "नया", "नई", "নতুন", "blouse",
        "blouses", "phone", "phones", "mobile", "car", "cars", "bike", "machine", "sugar",
        "design", "designs", "product", "products", "कार", "ब्लाउज़", "ब्लाउज",
        # photographs of her work, not of her: "apne kaam ki photos", "design er chobi"
        "kaam ki", "kam ki", "kajer", "design er", "of your work", "of your designs",
        "काम की", "কাজের", "ডিজাইনের",
        # dance as an art or exercise: "classical dance", "Kathak", "zumba" (a "dance teacher"
        # alone may be the lure's own title)
        "classical", "kathak", "bharatanatyam", "odissi", "folk", "zumba", "aerobics",
        "fitness", "शास्त्रीय", "শাস্ত্রীয়",
        # "model school", "data modelling", "baby massage", "physiotherapy massage"
        "school", "village", "farm", "unit", "data", "3d", "clay", "baby", "babies", "newborn",
        "infant", "physiotherapy", "physio", "patient", "patients", "shishu", "বাচ্চা", "শিশু",
        "बच्चे", "बच्चा", "शिशु",
    ),
    "overseas": (
        "client", "clients", "customer", "customers", "guest", "guests", "tourist", "tourists",
        "language", "languages", "process", "exchange", "brand", "brands", "card", "cards",
        "debit", "credit", "patient", "patients", "grahak", "grahakon", "ग्राहक", "ग्राहकों",
        "গ্রাহক", "গ্রাহকদের", "পর্যটক", "पर्यटक", "buyer", "buyers",
        # experience gained abroad, by a woman now back: "Gulf experience preferred"
        "experience", "experienced", "returned", "returnee", "returnees", "anubhav",
        "অভিজ্ঞতা", "अनुभव",
        # a place in a shop's name or on a menu: "Singapore Noodle House", "Hotel Dubai Palace"
        "noodle", "noodles", "palace", "bakery", "bakers", "biryani", "cuisine", "menu",
        "dishes", "chowmein", "sweets", "tailors", "boutique", "plaza", "enterprises",
        "traders", "fried", "style",
    ),
    # "club house", "Lions Club", "hair spa", "bar code"; in Hindi and Bengali "bar" also counts
    # times ("do baar", "দুই বার")
    "venue": (
        "house", "clubhouse", "lions", "rotary", "sports", "youth", "gym", "code", "coding",
        "country", "golf", "cricket", "press", "tennis", "swimming", "resort", "resorts",
        "airport", "executive", "business", "departure", "passenger", "transit", "railway",
        "waiting",
        "salad", "chocolate", "soap", "bending", "hair", "head", "scalp", "pedicure",
        "ek", "do", "teen", "char", "har", "kai", "pehli", "agli", "dui", "tin", "prati",
        "koyek", "koek", "one", "two", "many",
        "एक", "दो", "तीन", "चार", "हर", "कई", "पहली", "अगली", "इस", "এক", "দুই", "তিন", "চার",
        "প্রতি", "কয়েক", "প্রথম", "বহু", "রবি", "সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি",
    ),
    # papers named by their number or size are not the papers: "Aadhaar number", "passport
    # size photo"
    "document": (
        "number", "numbers", "no", "details", "size", "sized", "nombor", "nambar", "नंबर",
        "নম্বর", "साइज", "সাইজ",
        # a card applied for, a passport centre: "ATM card applications", "पासपोर्ट सेवा केंद्र"
        "application", "applications", "abedon", "আবেদন", "आवेदन", "enrolment", "enrollment",
        "seva", "सेवा", "সেবা",
        # phones and SIM cards as the goods of a shop: "SIM card sales", "মোবাইল রিচার্জ"
        "sale", "sales", "sell", "selling", "recharge", "repair", "repairing", "bikri", "stock",
        "বিক্রি", "রিচার্জ", "মেরামত", "बिक्री", "रिचार्ज", "रिपेयर", "मरम्मत",
        # the phone as a tool of the work: "answer phone calls", "phone banking"
        "call", "calls", "calling", "banking", "line", "lines", "কল", "कॉल",
    ),
    "family": (
        "support", "supports", "supporting", "visit", "visits", "visiting", "meet", "insurance",
        "mediclaim", "esi", "cover",
        "covered", "accommodation", "quarter", "quarters", "housing", "stay", "dekha", "name",
        "naam", "floater", "treatment", "দেখা", "बीमा", "क्वार्टर", "মিলতে", "ক্যোয়ার্টার",
    ),
    # "weekly off" is a day of rest, not a weekly wage
    "per_week": (
        "off", "offs", "holiday", "holidays", "chhutti", "chutti", "chuti", "ছুটি", "छुट्टी",
        "leave", "rest",
    ),
    "ticket": (
        "raised", "raise", "support", "helpdesk", "resolve", "resolution", "crm", "system",
        "booking", "bookings", "counter", "checker", "checking", "collector",
    ),
    "travel": (
        "allowance", "reimbursement", "reimbursed", "conveyance", "local", "cab", "cabs", "bus",
        "pass", "shift", "night", "home visits", "visits", "field",
        # moving about in the work, not a journey to it: "travel between venues by company
        # vehicle", "sites ke beech gaadi se", "ভেন্যুর মধ্যে যাতায়াত"
        "between", "venues", "sites", "vehicle", "van", "gaadi", "gadi", "beech", "moddhe",
        "गाड़ी", "बीच", "গাড়ি", "মধ্যে",
    ),
    "fee": (
        "salary", "wage", "wages", "bank", "account", "accounts", "khata", "pf", "esi",
        "insurance", "in charge", "incharge", "charge of", "cheque", "cheques", "hissa",
        "guard", "guards", "गार्ड", "গার্ড", "personnel", "officer", "share", "bhag", "bhaag",
        "हिस्सा", "भाग", "অংশ", "ভাগ",
        # a returnable asset: "company laptop (returnable)", "returnable asset"
        "laptop", "laptops", "asset", "assets", "device", "devices", "equipment", "headset",
        "लैपटॉप", "ল্যাপটপ",
    ),
}
