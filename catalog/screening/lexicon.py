"""The words screening looks for, per concept, in English, Hindi and Bengali (script and Latin
transliteration), written from the lure patterns the safety issue names and that anti-trafficking
practice describes (fees, kept passports, work abroad, dance bars, advances to families).

A concept is a list of phrases; `rules.py` turns concepts into flags, alone ("dancer") or as two
concepts close together in one sentence ("passport" near "kept"). Misspellings are left to the
fuzzy matching in `text.py` ("pasport", "dubay", "dansar"), so only real variants of spelling or
transliteration are listed here. Phrases are written as people type them; they are normalised and
folded to the same key as the opening's text when the index is built, once, at import.
"""
from __future__ import annotations

# --- fee_charged --------------------------------------------------------------------------------

# A fee, deposit or charge asked of the worker, named as such.
FEE = (
    "fee", "fees", "charge", "charges", "registration fee", "registration charge",
    "registration charges",
    "registration amount", "registration money", "processing fee", "processing charge",
    "form fee", "form charge", "joining fee", "joining charge", "joining charges",
    "joining amount", "training fee", "uniform charge", "medical charge", "security deposit",
    "security money", "security amount", "deposit", "refundable deposit", "caution money",
    "commission", "placement charge", "placement charges", "service charge", "visa charge",
    "advance payment", "advance amount", "advance fee", "pay in advance", "one time payment",
    "registration kit", "kit charge", "kit charges", "kit fee", "starter kit", "id card charge",
    "jamanat", "jamanat rashi", "shulk", "panjikaran shulk", "fis",
    "फीस", "शुल्क", "जमानत", "जमा राशि", "कमीशन", "रजिस्ट्रेशन फीस", "पंजीकरण शुल्क",
    "ফি", "ফিস", "জামানত", "কমিশন", "রেজিস্ট্রেশন ফি", "নিবন্ধন ফি",
)
# A demand to hand over money ("dite hobe", "jama karna hoga") ...
PAY_DEMAND = (
    "have to pay", "has to pay", "need to pay", "must pay", "should pay", "pay first",
    "pay only", "pay just", "deposit", "jama", "jama karna", "jama karein", "jama karo",
    "jama dite", "jama dite hobe", "dena hoga", "dene honge", "dena padega", "dena hai",
    "dite hobe", "dite lagbe", "send", "bhejna", "bhejo", "pathate hobe", "pathan",
    "paytm", "google pay", "gpay", "phonepe", "upi", "bkash", "nagad",
    "जमा", "देना होगा", "देने होंगे", "भेजें", "জমা", "দিতে হবে", "পাঠাতে হবে", "বিকাশ",
)
# ... of an amount of money.
MONEY = (
    "rs", "rupees", "rupee", "rupaye", "rupaiya", "rupiya", "inr", "taka", "tk", "money",
    "amount", "cash", "paisa", "paise", "rokom", "রুপি", "টাকা", "रुपये", "रुपए", "रुपया",
    "पैसे", "पैसा",
)

# --- documents_retained -------------------------------------------------------------------------

DOCUMENT = (
    "passport", "id card", "identity card", "id proof", "aadhaar", "aadhar", "adhar",
    "aadhaar card", "voter card", "voter id", "document", "documents", "original documents",
    "certificate", "certificates", "papers", "kagaj", "kagaz", "kagoj", "kagojpotro",
    "dastavez", "dastavej", "পাসপোর্ট", "আধার", "কাগজ", "কাগজপত্র", "নথি", "পরিচয়পত্র",
    "ভোটার কার্ড", "पासपोर्ट", "आधार", "कागज", "कागजात", "दस्तावेज", "पहचान पत्र",
)
RETAIN = (
    "kept", "keep", "keeping", "retain", "retained", "hold", "held", "custody", "safe custody",
    "safekeeping", "surrender", "hand over", "handover", "handed over", "deposit", "deposited",
    "submit original", "kept safely", "with the agent", "with agent", "by agent",
    "with company", "with the company", "with employer", "with the employer",
    "jama", "jama rahega", "rakha", "rakhenge", "rakha jayega", "rakhega", "rakhna hoga",
    "company ke paas", "agent ke paas", "malik ke paas", "rakha hobe", "rekhe deya hobe",
    "rekhe dibe", "rakhbe", "jama thakbe", "agent er kache", "company r kache",
    "paas rahega", "paas rahenge", "kache thakbe", "kache rakha", "kache rakhte",
    "রাখা হবে", "রেখে দেওয়া", "জমা থাকবে", "রাখবে", "জমা", "কাছে থাকবে", "কাছে রাখা",
    "रखा जाएगा", "रखेंगे", "जमा रहेगा", "पास रहेगा",
    "जमा",
)

# --- overseas_travel ----------------------------------------------------------------------------

OVERSEAS = (
    "abroad", "overseas", "foreign", "foreign country", "outside india", "outside the country",
    "outside country", "videsh", "bidesh", "bidesh e", "pardes", "bahar ke desh",
    "dubai", "abu dhabi", "sharjah", "uae", "gulf", "gulf country", "saudi", "saudi arabia",
    "riyadh", "jeddah", "qatar", "doha", "oman", "muscat", "kuwait", "bahrain", "malaysia",
    "kuala lumpur", "singapore", "jordan", "lebanon", "iraq", "middle east", "arab",
    "thailand", "bangkok", "pattaya", "hong kong", "maldives", "mauritius", "cambodia",
    "arab country", "visa", "viza", "work visa", "free visa", "visa processing", "air ticket",
    "air tickets", "flight ticket", "plane ticket", "emigration",
    "विदेश", "परदेस", "दुबई", "सऊदी", "खाड़ी", "अरब", "कतर", "ओमान", "कुवैत", "मलेशिया",
    "वीजा", "वीसा", "बिदेश", "বিদেশ", "দুবাই", "সৌদি", "আরব", "কাতার", "ওমান", "কুয়েত",
    "মালয়েশিয়া", "ভিসা", "মধ্যপ্রাচ্য", "সিঙ্গাপুর",
)
TRAVEL = (
    "travel", "journey", "ticket", "tickets", "train ticket", "safar", "yatra", "jatra",
    "jaane ka kharcha", "jawar khoroch", "air travel", "fare", "kiraya", "kiraye", "bhara",
    "bhada", "यात्रा", "सफर", "किराया", "টিকিট", "যাত্রা", "ভাড়া",
)
ARRANGE = (
    "arranged", "arrange", "arranging", "arrangement", "provided", "free", "paid by",
    "by our agent", "by agent", "by the agent", "company will bear", "bandobast", "intezam",
    "intazam", "byabostha", "kharcha company", "by company", "by the company", "company dega",
    "company degi", "company debe", "company dibe", "malik dega", "फ्री", "मुफ्त", "इंतजाम",
    "कंपनी देगी", "ব্যবস্থা", "ফ্রি", "কোম্পানি দেবে",
)

# --- entertainment_lure -------------------------------------------------------------------------

ENTERTAINMENT = (
    "dancer", "dancers", "dance", "dancing", "dance bar", "bar dancer", "bar girl",
    "bar girls", "bar singer", "bar hostess", "bar waitress", "bar staff", "beer bar",
    "ladies bar", "bar me kaam", "bar mein", "hostess", "hostesses", "escort", "escorts",
    "escort service", "call girl", "friendship club", "night club", "nightclub",
    "club dancer", "dance club", "pub", "hookah", "massage", "body massage",
    "massage girl", "spa girl", "model", "models", "modelling", "modeling", "fashion model",
    "photo shoot", "photoshoot", "full length photo", "full size photo", "send photos",
    "send your photo", "entertainer", "item dance", "item girl", "mujra",
    "naach", "nach", "nachna", "nachne", "naach gana", "nach gana", "nartaki", "orchestra",
    "orkestra", "attractive girls", "beautiful girls", "good looking", "fair girls",
    "event girls", "party girls", "promo girls", "promotion girls",
    "sundar ladki", "sundori meye",
    "डांसर", "नर्तकी", "नाच", "नाचना", "बार डांसर", "बार गर्ल", "मसाज", "मॉडल", "मॉडलिंग",
    "एस्कॉर्ट", "होस्टेस", "ড্যান্সার", "নর্তকী", "নাচ", "মডেল", "মডেলিং", "ম্যাসাজ",
    "বার ড্যান্সার", "হোস্টেস", "এসকর্ট",
)
# Words that turn an entertainment word into ordinary work ("bar code", "head massage",
# "escorted to the cab", "role model"), checked next to the word.
ENTERTAINMENT_ORDINARY = (
    "code", "coding", "head", "scalp", "hair", "champi", "cab", "cabs", "guard", "guards",
    "security", "transport", "vehicle", "drop", "role", "business", "curriculum", "number",
    "working", "chocolate", "soap",
)

# --- advance_to_family --------------------------------------------------------------------------

ADVANCE = (
    "advance", "advance salary", "advance money", "peshgi", "peshgi rakam", "agrim",
    "agrim taka", "dadan", "dadon", "bayana", "loan", "karz", "karza", "karja", "rin",
    "upfront", "lump sum", "ekmusht", "cash", "एडवांस", "पेशगी", "अग्रिम", "बयाना", "कर्ज",
    "অগ্রিম", "অ্যাডভান্স", "দাদন", "ঋণ", "নগদ",
)
FAMILY = (
    "family", "families", "parents", "parent", "father", "mother", "guardian", "husband",
    "parivar", "pariwar", "gharwale", "ghar wale", "ghar walon", "ghar walo", "gharwalon",
    "maa baap", "ma baap", "mata pita", "ammi abbu", "baba ma", "ma baba", "bapu",
    "poribar", "paribar", "barir lok", "ghorer lok", "abba amma",
    "परिवार", "घरवालों", "घरवाले", "माता पिता", "मां बाप", "माँ बाप", "পরিবার", "বাবা মা",
    "মা বাবা", "বাড়ির লোক", "অভিভাবক",
)

# --- no_experience_high_pay ---------------------------------------------------------------------

NO_EXPERIENCE = (
    "no experience", "without experience", "fresher", "freshers", "freshers welcome",
    "bina anubhav", "bina experience", "अनुभव की जरूरत नहीं", "बिना अनुभव", "অভিজ্ঞতা লাগবে না",
    "অভিজ্ঞতার প্রয়োজন নেই", "অভিজ্ঞতা ছাড়া",
)
EXPERIENCE = (
    "experience", "experienced", "anubhav", "obhiggota", "abhigyata", "ovigota", "obhijnota",
    "অভিজ্ঞতা", "अनुभव",
)
NOT_NEEDED = (
    "no", "not", "nahi", "nahin", "nai", "na", "nei", "bina", "without", "lagbe na",
    "zarurat nahi", "jarurat nahi", "dorkar nei", "proyojon nei", "not required", "not needed",
    "नहीं", "बिना", "না", "নেই", "ছাড়া",
)

# --- minor_targeted -----------------------------------------------------------------------------

MINOR = (
    "school girl", "school girls", "schoolgirl", "schoolgirls", "school going girls",
    "kishori", "kishoris", "teenage", "teenager", "teenagers", "minor",
    "minors", "under 18", "below 18", "less than 18", "nabalik", "nabalig", "nabalika",
    "kam umar", "kam umr", "kam umar ki", "choti umar", "kachi umar", "young girls",
    "young girl", "chhoti ladki", "chhoti ladkiyan", "kochi meye", "choto meye",
    "olpo boyosi", "alpo boyoshi",
    "किशोरी", "किशोरियां", "नाबालिग", "कम उम्र", "स्कूली लड़कियां", "छोटी लड़कियां",
    "কিশোরী", "নাবালিকা", "নাবালক", "অল্পবয়সী", "কম বয়সী", "স্কুলের মেয়ে",
)
# Words next to which a number from 10 to 17 is an age ("age 15+", "umar 16").
AGE_WORD = (
    "age", "aged", "umar", "umr", "umra", "umer", "oomar", "boyos", "boyosh", "boyes",
    "bayas", "bayos", "aayu", "ayu", "years old", "year old", "yrs old", "saal ki", "sal ki",
    "saal ke", "bochhorer", "bochorer", "বয়স", "উমর", "বছরের", "उम्र", "उमर", "आयु", "साल की",
)
# With a floor ("16 saal se upar", "16 years and above") a number from 10 to 17 is an age too.
AGE_ABOVE = (
    "above", "and above", "plus", "or more", "upwards", "se upar", "se jyada", "se zyada",
    "theke beshi", "er upore", "upore", "ऊपर", "से ऊपर", "উপরে", "বেশি",
)
# With a range ("16-17 years", "girls 15 to 20") or "old", a number from 10 to 17 is an age.
AGE_CONTEXT = (
    "year", "years", "yrs", "yr", "old", "saal", "sal", "bochor", "bochhor", "bachar",
    "varsh", "girls", "girl", "ladki", "ladkiyan", "meye", "meyera", "boys", "বছর", "साल",
    "वर्ष", "लड़कियां", "মেয়ে",
)

# --- vague_employer -----------------------------------------------------------------------------

VAGUE = (
    "whatsapp", "whats app", "watsapp", "whatsap", "call now", "missed call", "miss call",
    "location will be told", "location will be shared",
    "location after selection", "location on call", "address after selection",
    "address on call", "details on call", "details on whatsapp", "company name confidential",
    "confidential company", "confidential client", "anywhere in india",
    "location disclosed later", "location later", "jagah baad mein", "pata baad mein",
    "location baad mein", "thikana pore", "address pore", "location pore", "contact agent",
    "contact our agent", "agent se sampark", "sir se baat", "dalal", "milne par batayenge",
    "mil kar batayenge", "baad mein batayenge", "details baad mein", "pore janano hobe",
    "dekha kore bolbo",
    "ठिकाना बाद में", "व्हाट्सएप", "হোয়াটসঅ্যাপ", "ঠিকানা পরে",
)

# --- negation and warnings ----------------------------------------------------------------------

# A cue up to a few words before a match (or just after it) undoes it: "no registration fee",
# "fee nahi", "passport will not be kept", "kono fee lagbe na".
NEGATION = (
    "no", "not", "never", "without", "nil", "none", "zero", "nahi", "nahin", "nai", "na",
    "mat", "bina", "nei", "noy", "dont", "don t", "doesn t", "won t", "nobody", "neither",
    "nor", "नहीं", "नही", "न", "मत", "बिना", "না", "নেই", "নয়", "বিনা",
)
# For a fee, "free" and "paid by the employer" also undo it ("registration is free").
FEE_NEGATION = (
    "free", "free of cost", "free of charge", "muft", "mufat", "binamulle", "waived",
    "reimbursed", "reimburse", "borne by", "paid by us", "paid by company", "paid by employer",
    "paid by the company", "paid by the employer", "sponsored", "scholarship",
    "support", "allowance", "children", "refunded",
    # "the company pays it" in Hindi and Bengali transliteration
    "company bharegi", "company bharega", "company dega", "company degi", "company dibe",
    "company debe", "company deby", "company bahan karegi", "malik dega", "free mein",
    "मुफ्त", "फ्री", "कंपनी देगी", "कंपनी भरेगी", "বিনামূল্যে", "ফ্রি", "কোম্পানি দেবে",
)
# For documents, returning them or keeping copies is ordinary verification.
DOCUMENT_NEGATION = (
    "return", "returned", "returns", "given back", "copy", "copies", "photocopy",
    "photocopies", "xerox", "self attested", "wapas", "vapas", "ferot", "ready", "your own",
    "yourself", "apne paas", "nijer kache", "फोटोकॉपी", "वापस", "ফেরত", "কপি",
)
# A sentence that warns against a practice does not practise it.
WARNING = (
    "beware", "fake", "fraud", "fraudulent", "cheat", "cheated", "scam", "scammers",
    "never ask", "never charge", "never take", "never keep", "saavdhan", "savdhan", "dhokha",
    "sotorko", "satark", "protarona", "protarok", "सावधान", "धोखा", "ठग", "সতর্ক", "প্রতারণা",
    "প্রতারক",
)
# Words that end the reach of a negation: "no experience needed, registration fee ..." and
# "no uniform cost but a deposit ...".
SCOPE_END = (
    "but", "however", "lekin", "magar", "par", "kintu", "tobe", "needed", "required",
    "chahiye", "lagbe", "dorkar", "zaruri", "except", "excluding", "apart from", "only",
    "लेकिन", "मगर", "কিন্তু",
)

# Words of pay, near which a sum of money in the text is a wage that the opening promises.
PAY_WORD = (
    "salary", "salery", "sallary", "wage", "wages", "pay", "earn", "earning", "earnings",
    "income", "kamai", "kamao", "tankha", "tankhwah", "vetan", "beton", "maine", "mahina",
    "mahine", "month", "monthly", "pm", "per month", "maas", "mash", "mase", "stipend",
    "वेतन", "तनख्वाह", "महीना", "महीने", "कमाई", "बेतन", "বেতন", "মাইনে", "মাসে", "মাস",
    "আয়",
)
PER_DAY = (
    "per day", "daily", "a day", "roj", "rozana", "din", "dine", "prati din", "protidin",
    "রোজ", "দৈনিক", "প্রতিদিন", "रोज", "प्रतिदिन", "दिहाड़ी",
)

# Real words that lie within a spelling slip of a lure word and must not be taken for it
# (they still match a phrase that is exactly them).
ORDINARY_WORDS = (
    "hostel", "hostels", "hotel", "hotels", "escorted", "escorting", "modest", "modern",
    "barcode", "feedback", "forest", "deposited", "depositing", "modular", "danced",
)
# Neighbours (two words either side) that make a lure word ordinary work: "bar code",
# "head massage", "escorted to the cab", "role model", "foreign clients", "Visa card",
# "travel allowance", "salary deposit in the bank".
ORDINARY_NEIGHBOURS = {
    "entertainment": (
        "code", "coding", "head", "scalp", "hair", "champi", "cab", "cabs", "guard", "guards",
        "security", "transport", "vehicle", "drop", "role", "business", "curriculum",
        "number", "chocolate", "soap", "working",
    ),
    "overseas": (
        "client", "clients", "customer", "customers", "guest", "guests", "tourist", "tourists",
        "language", "languages", "process", "exchange", "brand", "brands", "card", "cards",
        "debit", "credit", "patient", "patients",
    ),
    "travel": (
        "allowance", "reimbursement", "reimbursed", "conveyance", "local", "cab", "cabs", "bus",
        "pass", "shift", "night", "home visits", "visits", "field",
    ),
    "fee": (
        "salary", "wage", "wages", "bank", "account", "accounts", "khata", "pf", "esi",
        "insurance", "in charge", "incharge", "charge of",
    ),
}
