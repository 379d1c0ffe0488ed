"""Who keeps her papers, for `documents_retained`: her papers, bank cards and phone, the words
of keeping, depositing and handing in, the one who would hold them and for how long.
"""
from .fees import _HAND_OVER

# Her bank card and passbook: papers of hers (`DOCUMENT`) and, as `BANK_CARD`, kept at all once
# handed over.
_BANK_PAPERS = (
    "atm card", "atm", "debit card", "bank card", "passbook", "bank passbook", "cheque book",
    "chequebook", "এটিএম কার্ড", "এটিএম", "ডেবিট কার্ড", "পাসবুক", "চেক বই", "एटीएम कार्ड",
    "एटीएम", "डेबिट कार्ड", "पासबुक", "बैंक पासबुक", "चेक बुक",
)

DOCUMENT = (
    "passport", "id card", "identity card", "id proof", "aadhaar", "aadhar", "adhar",
    "aadhaar card", "voter card", "voter id", "document", "documents", "original documents",
    "certificate", "certificates", "papers", "kagaj", "kagaz", "kagoj", "kagojpotro",
    "dastavez", "dastavej", "পাসপোর্ট", "আধার", "কাগজ", "কাগজপত্র", "নথি", "পরিচয়পত্র",
    "ভোটার কার্ড", "पासपोर्ट", "आधार", "कागज", "कागजात", "दस्तावेज", "पहचान पत्र",
    # what gives her access to her own money is kept the same way as her papers
    *_BANK_PAPERS,
    "pan card", "ration card", "marksheet", "mark sheet", "marksheets",
    "birth certificate", "nid", "nid card", "national id", "jatiyo porichoypotro",
    "porichoypotro", "sim card", "identity proof", "identity proofs", "id proofs",
    "identity documents", "pehchan patra", "pehchan ka saboot",
    "জাতীয় পরিচয়পত্র", "সার্টিফিকেট", "মার্কশিট", "জন্ম নিবন্ধন", "এনআইডি",
    "marks card", "marks cards", "mark card", "mark cards", "marks memo", "degree certificate",
    "aadhar card", "adhar card", "आधार कार्ड", "আধার কার্ড",
    "मार्कशीट", "प्रमाणपत्र", "प्रमाण पत्र", "सर्टिफिकेट", "पैन कार्ड", "राशन कार्ड",
)
# Her phone and SIM, her one way to reach her family or help: kept by someone else, they are kept
# as her papers are ...
PHONE = (
    "phone", "phones", "mobile", "mobile phone", "mobile phones", "sim", "mobile sim",
    "ফোন", "মোবাইল", "মোবাইল ফোন", "সিম", "फोन", "मोबाइल", "मोबाइल फोन", "सिम",
)
# ... unless only for the shift, as a factory's rule of the floor: "kept in lockers during the
# shift", "शिफ्ट के दौरान गेट पर जमा" (with an "until" of longer, the contract or probation, kept).
SHIFT_ONLY = (
    "during the shift", "during shift", "during shifts", "each shift", "every shift",
    "after the shift", "after shift", "end of the shift", "end of shift", "shift ends",
    "locker", "lockers", "shop floor", "production floor", "shift ke dauran", "shift ke baad",
    "shift ke bad", "shift er somoy", "shift sheshe", "shift sesh hole", "शिफ्ट के दौरान",
    "शिफ्ट के बाद", "शिफ्ट खत्म होने पर", "লকার", "শিফটের সময়", "শিফট শেষে", "लॉकर",
)
# ... or only on duty, where her phone may be forbidden ("no phones during working hours").
ON_DUTY = (
    "during duty", "on duty", "duty hours", "working hours", "work hours", "during work",
    "during class", "during classes", "duty ke samay", "kaam ke samay", "kajer somoy",
    "ड्यूटी के समय", "काम के समय", "ডিউটির সময়", "কাজের সময়",
)
# Her phone forbidden to her, beyond the shift: "mobile phone not allowed for the first 3
# months", "फोन रखना मना है", "ফোন রাখা যাবে না": kept from her as surely as taken.
NOT_ALLOWED = (
    "not allowed", "not permitted", "allowed nahi", "allow nahi", "mana hai", "rakhna mana",
    "nahi rakh sakte", "rakha jabe na", "rakhte parbe na", "allowed na", "chalbe na",
    "मना है", "अनुमति नहीं", "नहीं रख सकते", "রাখা যাবে না", "রাখতে পারবে না", "অনুমতি নেই",
    "চলবে না",
)
# Kept: said of papers, these words say someone other than the worker holds them.
RETAIN = (
    "kept", "keep", "keeping", "retain", "retained", "held by", "held with", "custody",
    "will keep", "will keep your", "shall keep", "keeps your", "safe keeping",
    "safe custody", "safekeeping", "surrender", "kept safely", "remain with", "remains with",
    "stay with", "stays with",
    "jama rahega", "jama rahegi", "jama rahenge", "rakha", "rakhenge", "rakha jayega", "rakhega",
    "rakhna hoga", "company ke paas", "agent ke paas", "malik ke paas", "rakha hobe",
    "rekhe deya hobe", "rekhe dibe", "rekhe debe", "rakhbe", "jama thakbe", "agent er kache",
    "company r kache", "paas rahega", "paas rahegi", "paas rahenge", "pass rahega",
    "pass rahegi", "kache thakbe", "kache rakha", "kache rakhte", "jama rakhte",
    "jama rakhte hobe", "jama rakhbe", "rakhte hobe", "will be taken", "niye neowa hobe",
    "niye neya hobe", "le liya jayega", "will be collected", "collected on arrival",
    "taken on arrival", "taken away",
    "ले लिया जाएगा", "নিয়ে নেওয়া হবে", "hamare paas",
    "hamare pass", "amader kache", "हमारे पास", "আমাদের কাছে", "in our custody",
    "hand over", "handover", "handed over", "सौंपना", "सौंपने", "জমা দিয়ে রাখতে",
    "রাখা হবে", "রেখে দেওয়া", "জমা থাকবে", "রাখবে", "কাছে থাকবে", "কাছে রাখা", "জমা রাখতে",
    "রাখতে হবে", "রেখে দেবে", "থাকবে",
    "रखा जाएगा", "रखेंगे", "जमा रहेगा", "जमा रहेंगे", "पास रहेगा", "पास रहेगी", "पास रहेंगे",
    "रखे जाएंगे", "रखी जाएगी", "रहेगी", "रहेंगे", "रहेगा",
    # the keeper's own verb, in every gender and number: "एजेंट रखेगा", "कंपनी रखेगी", "malik
    # rakhegi", "sponsor rakh lega" (lodged with him, "kafeel ke paas jama hoga", is a deposit)
    "रखेगा", "रखेगी", "रखेंगी", "रख लेगा", "रख लेगी", "रख लेंगे", "rakhegi", "rakhengi",
    "rakh lega", "rakh legi", "rakh lenge",
    # into our hands, and left behind with the keeper: "passport amader hate dite hobe",
    # "অফিসে রেখে যেতে হবে", "ऑफिस में रखकर जाना होगा"
    "amader hate", "hamare haath", "hamare hath", "আমাদের হাতে", "हमारे हाथ", "rekhe jete",
    "rekhe jaben", "rekhe jabe", "রেখে যেতে", "রেখে যাবেন", "রেখে যাবে", "rakhkar jana",
    "rakhkar jaana", "rakh kar jana", "chhodkar jaana", "chhodkar jana", "chhod kar jaana",
    "रखकर जाना", "रख कर जाना", "छोड़कर जाना", "छोड़ कर जाना",
)
# Kept as information, private ("documents kept confidential", "गोपनीय रखे जाएंगे"): her keeping
# unless someone is named as keeping them ("kept confidentially by the sponsor").
KEPT_PRIVATE = ("confidential", "confidentially", "gopniya", "gopaniya", "gopon", "goponiyo",
                "गोपनीय", "গোপনীয়", "গোপন")
# Her papers checked (shown, verified): her keeping, unless a keeper named after it keeps them
# ("Passport checked at the airport, then it is kept by the kafeel").
CHECKED = ("checked", "verified", "verify", "verification", "satyapan", "jachai", "dekhiye",
           "dikhakar", "dikha kar", "dekh kar", "जाँच", "जांच", "जाँच के बाद", "सत्यापन",
           "दिखाकर", "যাচাই", "দেখিয়ে")
# An English keeper's verb said with its keeper before it ("the kafeel holds the passport"), not
# of what the employer holds of its own ("holds a licence", "holds ISO certificate").
HOLDS = ("holds", "hold", "will hold", "shall hold", "is holding", "holding")
# The one who holds them, for `HOLDS`: a holder, or the company or its management.
KEEPER = ("company", "management", "firm", "agency", "the company", "the management",
          "office", "mill office", "कंपनी", "कम्पनी", "प्रबंधन", "ऑफिस", "কোম্পানি", "অফিস")
# What gives her access to her own wage: nobody else has any use for it, so handed over at all
# it is kept ("ATM card must be given to the manager", "मैनेजर को एटीएम कार्ड देना होगा").
BANK_CARD = (*_BANK_PAPERS, "atm pin", "pin number")
GIVE_UP = (
    *_HAND_OVER, "given to", "give to", "handed to", "hand to", "to be handed", "to be given",
    "de dena", "de dein", "diye dite", "submit", "submitted", "surrender", "दे देना",
    "দিয়ে দিতে",
)
# The people whose papers the work is about, named just before them: "customers' passbooks",
# "students' certificates", "आवेदकों के दस्तावेज़" (a clerk, a bank, a passport centre), not hers.
PAPERS_OF_OTHERS = (
    "customers", "customer", "customer s", "customers s", "students", "student s",
    "students s", "applicants", "applicant s", "residents", "patients", "patient s", "clients",
    "members", "visitors", "passengers", "account holders", "depositors", "grahakon",
    "grahakder", "chhatron", "abedonkarider", "आवेदकों", "आवेदकों के", "ग्राहकों", "ग्राहकों के",
    "छात्रों", "छात्रों के", "मरीजों", "मरीजों के", "গ্রাহকদের", "গ্রাহকের", "ছাত্রছাত্রীদের",
    "আবেদনকারীদের", "রোগীদের", "যাত্রীদের", "সদস্যদের",
    # a hotel's guests, whose identity register is kept at reception
    "guests", "guest s", "guests s", "atithider", "mehmanon", "अतिथियों", "मेहमानों",
    "मेहमानों के", "অতিথিদের", "অতিথির",
)
# Deposited: said of the papers themselves (not copies, not for a check), these words leave them
# with someone else: "Aadhaar card jama karna hoga", "passport deposited".
DEPOSIT = (
    "deposit", "deposited", "depositing", "jama", "jama karne", "jama karni", "jama karna",
    "jama dite", "jama korte", "kache jama", "jama karein", "jama karo",
    "জমা", "জমা দিতে", "কাছে জমা", "जमा", "जमा करने", "जमा करना", "जमा करनी",
)
# Keeping that someone else will do: "the agency will keep your Aadhaar" (not "keep your
# Aadhaar safe", said to her).
THEIR_KEEPING = ("will keep", "will keep your", "shall keep", "would keep", "keeps your",
                 "are keeping your", "is keeping your")
# With someone: right next to the papers, these say who holds them ("passport with company").
WITH_HOLDER = (
    "with the management", "with management", "with the office", "with the contractor",
    "with contractor", "with the owner", "with the agent", "with agent", "by agent",
    "with company", "with the company", "with employer", "with the employer", "with us",
)
# Handed in: said of papers, these words are ordinary at joining ("submit your documents"),
# and say the papers are kept only with the one who keeps them or how long ("submitted to the
# contractor", "de dena supervisor ko", "until the contract ends") or of originals.
HAND_IN = (
    "submit", "submitted",
    "taken", "collected", "lodged", "given to", "ke paas", "ke pass", "kache", "er kache",
    "r kache",
    "niye nebe", "le lenge", "le li jayegi", "de dena", "de dein", "de dijiye", "dite hobe",
    "give", "has to give", "must give", "to give",
    "दे देना", "दे दें", "দিয়ে দিতে", "দিয়ে দিন",
    # handed over, the thing between the verb and its holder: "hand your ATM card to the munshi"
    "hand your", "hand over", "handover", "hand in", "saunp dein", "saump dein", "saunp dena",
    "सौंप दें", "सौंप देना", "सौंपनी होगी", "हवाले", "হাতে তুলে দিতে", "হাতে তুলে দিন",
    "কাছে", "নিয়ে নেবে", "के पास", "ले लेंगे", "सौंपना",
)
ORIGINAL = (
    "original", "originals", "asli", "asal", "mool", "আসল", "মূল", "मूल", "असली",
    "ओरिजिनल", "অরিজিনাল",
)
# The one who would keep them: "with the contractor", "thekedar ke paas", "কোম্পানির কাছে".
HOLDER = (
    "agent", "agents", "employer", "contractor", "labour contractor", "thekedar", "thikadar",
    "sponsor", "kafeel", "kafil", "warden", "hostel warden", "hostel in charge",
    "malik", "owner", "supervisor", "sardar", "dalal", "madam", "seth", "mukadam", "jamadar",
    "ঠিকাদার", "ঠিকাদারের", "মালিক", "মালিকের", "এজেন্ট", "এজেন্টের", "দালাল", "দালালের", "সর্দার",
    "ठेकेदार", "मालिक", "एजेंट", "दलाल", "सरदार", "मुकादम", "जमादार",
    # the middleman of home-based piece work and the moneylender: "hand your ATM card to the
    # munshi", "मुंशी जी को सौंप दें", "মুন্সির কাছে রাখতে হবে"
    "munshi", "munshiji", "munshi ji", "munsi", "munshir", "mahajan", "sahukar", "मुंशी",
    "मुंशीजी", "महाजन", "साहूकार", "মুন্সি", "মুন্সী", "মুনশি", "মুন্সির", "মুন্সীর", "মহাজন",
    "মহাজনের",
)
# Kept until the work or the debt ends: then handing back at the end is no handing back.
UNTIL = (
    "until", "till", "untill", "jab tak", "sesh hole", "shesh hole", "sesh na", "shesh na",
    "khatam hone", "khatam hone par", "for the contract", "contract period",
    "after completion", "on completion", "completion", "bond", "bond period",
    "is completed", "when completed", "scheme is completed", "scheme ends", "end of the scheme",
    "after the contract", "contract khatam", "contract sesh", "chukti sesh", "kaj sesh",
    "শেষ হলে", "শেষ না", "जब तक", "खत्म होने", "पूरा होने",
    # for a span of time: "योजना की अवधि तक", "contract ki muddat tak", "chuktir meyad porjonto"
    "अवधि तक", "की अवधि", "avadhi tak", "muddat tak", "मुद्दत तक", "meyad porjonto",
    "মেয়াদ পর্যন্ত", "মেয়াদ শেষ", "service bond", "returned after", "returned upon completion",
)
# Back only when she leaves the job: "চাকরি ছাড়ার সময় ফেরত", "naukri chhodne par wapas": the
# papers are kept for as long as she works.
LEAVING = (
    "when leaving", "on leaving", "when you leave", "at the time of leaving", "after leaving",
    "on resignation", "chhodne par", "chhodne ke baad", "chhodte samay", "charar somoy",
    "charle", "chhere dile", "ছাড়ার সময়", "ছাড়লে", "ছেড়ে দিলে", "ছাড়ার পর", "छोड़ने पर",
    "छोड़ने के बाद", "छोड़ते समय",
    # ... or when a bond or contract ends: "returned after the two-year bond", "bond khatam
    # hone par wapas", "চুক্তি শেষ হলে ফেরত"
    "after the bond", "year bond", "saal ka bond", "bochorer bond", "bond ends",
    "end of the bond", "bond khatam", "bond period",
    "after the contract", "contract ends", "end of the contract", "contract khatam",
    "chukti sesh", "bond sesh", "চুক্তি শেষ", "বন্ড শেষ", "बॉन्ड खत्म", "अनुबंध खत्म",
    "अनुबंध समाप्त",
)
UNTIL = (*UNTIL, *LEAVING)
