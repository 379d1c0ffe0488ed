"""The words screening looks for, per concept, in English, Hindi and Bengali (script and Latin
transliteration), written from the lure patterns the safety issue names and that anti-trafficking
practice describes (fees, kept passports, work abroad, dance bars, advances to families).

A concept is a list of phrases; `rules.py` turns concepts into flags, alone ("dancer") or as two
concepts close together in one sentence ("passport" near "kept"). Most concepts are parts of a
statement rather than lures themselves: a holder and a verb of keeping (who keeps what), a sum and
a demand or a relative (who pays whom), a patron and a verb of company, a venue and the night
(whom the work serves and when), a foreign place and a market (where the work is). Misspellings are left to the
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
    "refundable", "refundable security", "returnable security", "returnable deposit",
    "security rashi",
    "processing cost", "processing kharcha", "processing khoroch", "visa cost", "visa kharcha",
    "visa khoroch", "প্রসেসিং খরচ", "ভিসা খরচ", "ভিসা প্রসেসিং খরচ", "प्रोसेसिंग खर्च", "वीजा खर्च",
    "security raashi", "caution deposit", "bond amount", "bond money", "surety", "surety money",
    "ferotjoggo", "ferot joggo", "ferotjogyo", "wapasi yogya", "dalali",
    # commission is a fee only when the worker pays it to an agent; as pay it is no fee
    "agent commission", "agent s commission", "commission to the agent", "placement commission",
    "commission charge", "commission fee", "agent fee", "agent fees",
    "placement charge", "placement charges", "service charge", "visa charge",
    "advance payment", "advance amount", "advance fee", "pay in advance", "one time payment",
    "registration kit", "kit charge", "kit charges", "kit fee", "starter kit", "id card charge",
    "jamanat", "jamanat rashi", "shulk", "panjikaran shulk", "fis",
    "फीस", "शुल्क", "जमानत", "जमा राशि", "रजिस्ट्रेशन फीस", "पंजीकरण शुल्क", "सिक्योरिटी डिपॉजिट",
    "सिक्योरिटी मनी", "सिक्योरिटी के",
    "सिक्योरिटी राशि", "वापसी योग्य", "एजेंट कमीशन", "दलाली",
    "ফি", "ফিস", "জামানত", "রেজিস্ট্রেশন ফি", "নিবন্ধন ফি", "ফেরতযোগ্য", "সিকিউরিটি ডিপোজিট",
    "সিকিউরিটি টাকা", "সিকিউরিটি মানি", "সিকিউরিটি বাবদ",
    "দালালি", "এজেন্টের কমিশন",
)
# A demand to hand over money ("dite hobe", "jama karna hoga") ...
PAY_DEMAND = (
    "have to pay", "has to pay", "need to pay", "must pay", "should pay", "pay first",
    "pay only", "pay just", "deposit", "jama", "jama karna", "jama karein", "jama karo",
    "jama dite", "jama dite hobe", "dena hoga", "dene honge", "dena padega", "dena hai",
    "dene hoge", "karne honge", "karni hogi", "bhejein", "bhejiye", "bhejen", "pathaben",
    "dite hobe", "dite lagbe", "send", "bhejna", "bhejo", "pathate hobe", "pathan",
    "korte hobe", "dite hoy", "lagenge", "lagega", "lagbe", "লাগবে", "लगेंगे", "लगेगा",
    "bear the cost", "bear the expense", "bear the expenses", "kharcha uthana",
    "kharcha dena", "kharcha dite hobe", "খরচ দিতে হবে", "खर्च देना", "pay karna", "pay karna hoga",
    "pay karein", "pay kare",
    "pay korte hobe", "payment karna", "payment korte hobe", "payment karein", "pay karo",
    "to be paid", "is to be paid", "be paid by the candidate", "paid by the candidate",
    "जमा", "देना होगा", "देने होंगे", "भेजें", "भेजिए", "करने होंगे", "करनी होगी",
    "জমা", "দিতে হবে", "পাঠাতে হবে", "করতে হবে", "পাঠান",
)
# Money paid out to the worker, on a payment app or otherwise: "weekly by bKash", "har hafte
# payment", "প্রতি সপ্তাহে বিকাশে টাকা".
PAYOUT = (
    "weekly", "monthly", "every week", "every month", "each week", "each month", "har hafte",
    "har mahine", "har mahina", "proti soptahe", "prati soptahe", "protisoptahe", "protimase",
    "proti mase", "prati mase", "payment", "payments", "bhugtan", "mojuri", "majduri",
    "majdoori", "paid out", "per piece", "piece rate", "প্রতি সপ্তাহে", "প্রতি মাসে", "প্রতিমাসে",
    "মজুরি", "পারিশ্রমিক", "পেমেন্ট", "हर हफ्ते", "हर महीने", "भुगतान", "मजदूरी", "प्रति पीस",
)
# A cost of getting the job taken out of her wage: "uniform and ID card cost deducted from the
# first salary" (an advance repaid from the wage is no such cost).
DEDUCT = (
    "deducted", "deduct", "deduction", "cut from", "katega", "kategi", "kata jayega",
    "kaat liya", "kat liya", "kaat ke", "kat ke", "kaat kar", "kat kar", "kete neya",
    "kete nebe", "kete rakha", "কেটে নেওয়া", "কাটা হবে",
    "काटा जाएगा", "कटेगा", "कटेगी", "काट लिया",
)
# "for" between a sum and what it pays for: "Rs 499 for the ID card and training kit".
FOR = ("for", "for the", "ke liye", "ke lie", "er jonno", "r jonno", "jonno", "के लिए",
       "এর জন্য", "জন্য", "বাবদ", "bavod", "babod")
# Money she receives: "stipend milega", "we give", "ভাতা পাবেন".
RECEIVE = (
    "we give", "we pay", "will get", "will receive", "you get", "you receive", "milega",
    "milegi", "milenge", "milbe", "pabe", "paben", "pabo", "bhatta", "bhata", "allowance",
    "stipend", "मिलेगा", "मिलेगी", "मिलेंगे", "भत्ता", "পাবেন", "পাবে", "ভাতা",
)
# A stipend or scholarship paid to a learner: money she receives while she learns, not a wage
# for full-time work, so the wage floor does not hold for it.
STIPEND = (
    "stipend", "stipends", "scholarship", "vritti", "chhatravritti", "britti", "bhata",
    "वजीफा", "छात्रवृत्ति", "स्टाइपेंड", "বৃত্তি", "ভাতা", "স্টাইপেন্ড",
    # a scheme worker's honorarium (ASHA, anganwadi), set by the scheme for part-time duties
    "honorarium", "maandey", "mandey", "manodey", "मानदेय", "সম্মানী", "সাম্মানিক",
)
COST_ITEM = (
    "uniform", "id card", "training", "kit", "medical", "medical test", "registration",
    "processing", "placement", "form", "visa", "ticket", "commission", "agent",
    # a cost named as such: "kharcha ... pehli tankhwah se kaat ke", "খরচ ... বেতন থেকে কাটা"
    "kharcha", "kharch", "khoroch", "khorcha", "cost", "costs", "expense",
    "expenses", "খরচ", "खर्च", "खर्चा",
    "ইউনিফর্ম", "প্রশিক্ষণ", "মেডিকেল", "वर्दी", "ट्रेनिंग", "मेडिकल", "यूनिफॉर्म",
)
# A cost of getting the job named right before its sum: "Registration 1,500 taka", "medical
# 8,000 ar visa stamping 12,000", "खर्चा सिर्फ 40,000 रुपये", "রেজিস্ট্রেশন ২,০০০ টাকা" (a sum
# she receives, or one paid by the employer, is not one).
COST_NAMED = (
    "registration", "regestration", "membership", "medical", "medical test", "visa",
    "visa stamping", "stamping", "processing", "form", "kit", "placement", "commission",
    "kharcha", "kharch", "khoroch", "khorcha", "cost", "costs", "expenses",
    "রেজিস্ট্রেশন", "মেডিকেল", "মেডিকেল টেস্ট", "ভিসা", "প্রসেসিং", "খরচ", "সদস্য ফি",
    "रजिस्ट्रेशन", "पंजीकरण", "मेडिकल", "वीजा", "प्रोसेसिंग", "खर्च", "खर्चा",
)
# Money handled as the work itself, not paid by the worker: a cashier of a co-operative credit
# society or a bank takes customers' deposits and withdrawals ("গ্রাহকের টাকা জমা ও তোলা").
HANDLED_MONEY = (
    "customer", "customers", "customer s", "from members", "of members", "members savings",
    "members deposits", "from the members", "of the members", "depositor",
    "depositors", "account holder", "account holders", "withdrawal", "withdrawals",
    "withdraw", "cash counter", "cash tally", "teller", "cashier", "passbook updating",
    "grahak", "grahakon", "grahaker", "sodossho", "sadasya", "tola", "uttolon",
    "গ্রাহক", "গ্রাহকের", "গ্রাহকদের", "সদস্যদের", "সদস্যের", "তোলা", "উত্তোলন", "ক্যাশিয়ার",
    "ग्राहक", "ग्राहकों", "ग्राहक का", "सदस्यों", "सदस्यों की", "निकासी", "कैशियर",
    # fees and payments taken from the people served, at a counter: "collect consultation fees
    # from patients", "school fees from parents, issue receipts"
    "from patients", "from the patients", "from parents", "from the parents", "from students",
    "from the students", "from customers", "from the customers", "from guests",
    "from passengers", "issue receipts", "receipts", "receipt", "fee collection",
    "fees collection", "billing", "billing counter", "rogider theke", "abhibhabokder theke",
    "मरीजों से", "अभिभावकों से", "रसीद", "রোগীদের থেকে", "অভিভাবকদের থেকে", "রসিদ",
    # the bank's own products: instalments, savings, fixed and recurring deposits
    "instalment", "instalments", "installment", "installments", "loan instalments", "kisti",
    "kist", "savings", "savings account", "fixed deposit", "recurring deposit", "sanchay",
    "কিস্তি", "সঞ্চয়", "किस्त", "किश्त", "बचत",
)
# Her bank account, into which a wage is deposited ("নিজের ব্যাংক অ্যাকাউন্টে জমা").
BANK_ACCOUNT = (
    "bank", "account", "bank account", "khata", "khate", "bank khata", "bank khate",
    "ব্যাংক", "ব্যাংক অ্যাকাউন্ট", "অ্যাকাউন্ট", "অ্যাকাউন্টে", "একাউন্ট", "খাতা", "খাতে",
    "बैंक", "खाता", "खाते", "बैंक खाते", "अकाउंट", "अकाउंट में",
)
# ... or sent through a payment app: a demand unless the app carries the salary ("salary by
# bKash"), which a pay word next to it says.
PAY_CHANNEL = (
    "paytm", "google pay", "gpay", "phonepe", "upi", "bkash", "nagad", "rocket",
    "पेटीएम", "गूगल पे", "फोनपे", "यूपीआई", "বিকাশ", "নগদ", "রকেট",
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
    # what gives her access to her own money is kept the same way as her papers
    "atm card", "atm", "debit card", "bank card", "passbook", "bank passbook", "cheque book",
    "chequebook", "pan card", "ration card", "marksheet", "mark sheet", "marksheets",
    "birth certificate", "nid", "nid card", "national id", "jatiyo porichoypotro",
    "porichoypotro", "sim card", "identity proof", "identity proofs", "id proofs",
    "identity documents", "pehchan patra", "pehchan ka saboot",
    "এটিএম কার্ড", "এটিএম", "ডেবিট কার্ড", "পাসবুক", "চেক বই", "জাতীয় পরিচয়পত্র", "সার্টিফিকেট",
    "মার্কশিট", "জন্ম নিবন্ধন", "এনআইডি",
    "एटीएम कार्ड", "एटीएम", "डेबिट कार्ड", "पासबुक", "बैंक पासबुक", "चेक बुक", "मार्कशीट",
    "प्रमाणपत्र", "प्रमाण पत्र", "सर्टिफिकेट", "पैन कार्ड", "राशन कार्ड",
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
)
# What gives her access to her own wage: nobody else has any use for it, so handed over at all
# it is kept ("ATM card must be given to the manager", "मैनेजर को एटीएम कार्ड देना होगा").
BANK_CARD = (
    "atm card", "atm", "debit card", "bank card", "passbook", "bank passbook", "cheque book",
    "chequebook", "atm pin", "pin number", "এটিএম কার্ড", "এটিএম", "ডেবিট কার্ড", "পাসবুক",
    "চেক বই", "एटीएम कार्ड", "एटीएम", "डेबिट कार्ड", "पासबुक", "बैंक पासबुक", "चेक बुक",
)
GIVE_UP = (
    "given to", "give to", "handed to", "hand to", "to be handed", "to be given", "dena hoga",
    "dena padega", "dene honge", "de dena", "de dein", "dite hobe", "diye dite", "jama",
    "deposit", "submit", "submitted", "surrender", "देना होगा", "देने होंगे", "दे देना", "जमा",
    "দিতে হবে", "দিয়ে দিতে", "জমা",
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
    "কাছে", "নিয়ে নেবে", "দিয়ে দিতে", "के पास", "ले लेंगे", "दे देना", "सौंपना",
)
ORIGINAL = (
    "original", "originals", "asli", "asal", "mool", "আসল", "मूल", "असली", "ओरिजिनल",
)
# The one who would keep them: "with the contractor", "thekedar ke paas", "কোম্পানির কাছে".
HOLDER = (
    "agent", "agents", "employer", "contractor", "labour contractor", "thekedar", "thikadar",
    "sponsor", "kafeel", "kafil", "warden", "hostel warden", "hostel in charge",
    "malik", "owner", "supervisor", "sardar", "dalal", "madam", "seth", "mukadam", "jamadar",
    "ঠিকাদার", "ঠিকাদারের", "মালিক", "মালিকের", "এজেন্ট", "এজেন্টের", "দালাল", "দালালের", "সর্দার",
    "ठेकेदार", "मालिक", "एजेंट", "दलाल", "सरदार", "मुकादम", "जमादार",
)
# Kept until the work or the debt ends: then handing back at the end is no handing back.
UNTIL = (
    "until", "till", "untill", "jab tak", "sesh hole", "shesh hole", "sesh na", "shesh na",
    "khatam hone", "khatam hone par", "for the contract", "contract period",
    "after completion", "on completion", "completion", "bond", "bond period",
    "is completed", "when completed", "scheme is completed", "scheme ends", "end of the scheme",
    "after the contract", "contract khatam", "contract sesh", "chukti sesh", "kaj sesh",
    "শেষ হলে", "শেষ না", "जब तक", "खत्म होने", "पूरा होने",
)

# --- overseas_travel ----------------------------------------------------------------------------

# Words of work abroad that are not names of places: "abroad", "videsh", a visa, a ticket by air.
OVERSEAS_WORDS = (
    "abroad", "overseas", "foreign", "foreign country", "outside india", "outside the country",
    "outside country", "videsh", "bidesh", "bidesh e", "pardes", "bahar ke desh",
    "gulf", "gulf country", "middle east", "arab country", "visa", "viza", "work visa",
    "free visa", "visa processing", "air ticket", "air tickets", "flight ticket", "plane ticket",
    "emigration", "riyal", "riyals", "dirham", "dirhams", "ringgit", "bimaner ticket", "biman",
    "baahar ke desh", "bahar ke mulk", "বাইরের দেশ", "बाहर के देश", "ecnr", "ecr passport",
    "overseas job",
    # crossing a border outside a lawful route
    "border par", "border paar", "border cross", "cross the border", "crossing the border",
    "seema paar", "seema par", "simanto par", "shimanto par",
    "বর্ডার পার", "সীমান্ত পার", "বিমানের টিকিট", "রিয়াল", "দিরহাম", "बॉर्डर पार", "सीमा पार",
    "रियाल", "दिरहम", "हवाई टिकट",
    "विदेश", "परदेस", "खाड़ी", "वीजा", "वीसा", "बिदेश", "বিদেশ", "ভিসা", "মধ্যপ্রাচ্য",
)
# Foreign places named as where she would work. A name is matched as a whole word (or with a
# case ending), and a slip of typing is allowed only in a long one: a place at home may lie one
# letter from a short foreign name ("Patia" in Bhubaneswar is not Pattaya, "Doda" not Doha).
FOREIGN_PLACES = (
    "dubai", "abu dhabi", "sharjah", "uae", "saudi", "saudi arabia",
    "riyadh", "jeddah", "qatar", "doha", "oman", "muscat", "kuwait", "bahrain", "malaysia",
    "kuala lumpur", "singapore", "jordan", "lebanon", "iraq", "arab",
    "thailand", "bangkok", "pattaya", "hong kong", "maldives", "mauritius", "cambodia",
    "singapur", "singapoor",
    "europe", "russia", "poland", "romania", "israel", "japan", "korea", "myanmar", "laos",
    "armenia", "azerbaijan", "uzbekistan", "turkey", "egypt", "libya", "australia", "germany",
    "italy", "greece", "cyprus", "new zealand", "south africa",
    "vietnam", "china", "africa", "canada",
    "यूरोप", "रूस", "जापान", "इज़राइल", "ইউরোপ", "রাশিয়া", "জাপান", "মিয়ানমার", "লাওস",
    "दुबई", "सऊदी", "अरब", "कतर", "ओमान", "कुवैत", "मलेशिया",
    "দুবাই", "সৌদি", "আরব", "কাতার", "ওমান", "কুয়েত", "মালয়েশিয়া", "সিঙ্গাপুর",
)
OVERSEAS = OVERSEAS_WORDS + FOREIGN_PLACES
# A journey (not the daily fare to work: "aane jaane ka kiraya", "jatayater bhara"), arranged by
# the employer or an agent, except to a training course.
TRAVEL = (
    "travel", "jaane ka kharcha", "jawar khoroch", "travel cost", "travel expenses",
    "यात्रा", "সফর", "যাত্রা",
)
TICKET = (
    "journey", "ticket", "tickets", "train ticket", "safar", "yatra", "jatra",
    "train ka kiraya", "train ka bhada", "train fare", "rail ticket", "railway ticket",
    "train er bhara", "train er ticket", "bus ticket", "ट्रेन का किराया", "ট্রেনের ভাড়া",
    "air travel", "सफर", "टिकट", "টিকিট",
)
# Travel to a course: a training centre's own arrangement.
TRAINING = (
    "training", "course", "prashikshan", "proshikkhon", "proshikkhan", "training centre",
    "training center", "প্রশিক্ষণ", "প্রশিক্ষণকেন্দ্র", "प्रशिक्षण", "ट्रेनिंग", "কোর্স", "कोर्स",
)
# Free skilling programmes whose trainees receive at most a stipend (residential courses of
# DDU-GKY, RSETI, a Krishi Vigyan Kendra, PMKVY, Jan Shikshan Sansthan): named, the opening is a
# training, and the money it names is no wage.
TRAINING_SCHEME = (
    "rseti", "rsetti", "rudseti", "ddu gky", "ddugky", "pmkvy", "kvk", "krishi vigyan kendra",
    "jan shikshan sansthan", "skill india", "आरसेटी", "आरसेटी संस्था", "डीडीयू जीकेवाई",
    "कृषि विज्ञान केंद्र", "कृषि विज्ञान केन्द्र", "जन शिक्षण संस्थान", "পিএমকেভিওয়াই",
    "আরসেটি", "কৃষি বিজ্ঞান কেন্দ্র", "কৃষি বিজ্ঞান কেন্দ্রে",
)
# A lawful route abroad: a registered recruiting agent or a state agency, emigration clearance on
# eMigrate (India) or through BMET (Bangladesh). Work abroad by such a route is no lure, unless the
# opening also asks a fee, keeps the passport or goes on a visit visa.
LAWFUL_ROUTE = (
    "registered recruiting agent", "registered recruitment agent", "registered agent",
    "licensed recruiting agent", "emigrate", "e migrate", "emigration clearance",
    "protector of emigrants", "mea registered", "state recruiting agency",
    "government recruiting agency", "state government recruiting agency", "bmet", "boesl",
    "licence number", "license number", "norka", "omcl", "tomcom", "ra licence",
    "ra license", "registered recruiting agency", "licensed recruiting agency",
    "mea licence", "mea license", "mea licence holder", "mea approved", "licence holder",
    "license holder", "government registered", "government approved recruiting agent",
    "recruiting agent licence", "recruiting licence", "सरकार से पंजीकृत", "লাইসেন্সধারী",
    "ই মাইগ্রেট", "ই-মাইগ্রেট", "নিবন্ধিত রিক্রুটিং এজেন্ট", "নিবন্ধিত এজেন্ট", "সরকারি নিবন্ধিত",
    "বিএমইটি", "ई माइग्रेट", "ई-माइग्रेट", "पंजीकृत भर्ती एजेंट", "पंजीकृत एजेंट",
    "सरकारी भर्ती एजेंसी",
    # state and national overseas-employment bodies
    "nsdc international", "titp", "odepc", "omcap", "overseas manpower company",
    "government recruiting agency", "recruiting agency of the government",
)
# The one charge the law lets a registered recruiting agent take from the worker: its service
# charge, capped by the Emigration Rules (45 days' wages, at most Rs 30,000) and paid through
# eMigrate ...
LAWFUL_CHARGE = (
    "service charge", "service charges", "seva shulk", "sewa shulk", "सेवा शुल्क", "सर्विस चार्ज",
    "সার্ভিস চার্জ", "সেবা মূল্য", "sheba mullo",
)
# ... named as capped, or as set by the rules: "capped as per the Emigration Act", "niyom moto",
# "नियम के अनुसार", "সরকার নির্ধারিত".
CHARGE_CAPPED = (
    "capped", "as per rules", "as per the rules", "as per emigration act",
    "as per the emigration act", "as per emigration rules", "as per the emigration rules",
    "within the legal limit", "legal limit", "government fixed", "fixed by the government",
    "as fixed by government", "government rate", "as per government rules", "niyom moto",
    "niyom onujayi", "niyom anujayi", "niyam anusar", "niyam ke anusar", "niyamanusar",
    "sarkari dar", "sorkar nirdharito", "sarkar nirdharit", "नियम के अनुसार", "नियमानुसार",
    "सरकारी दर", "सरकार द्वारा तय", "নিয়ম মতো", "নিয়মমতো", "নিয়ম অনুযায়ী", "সরকার নির্ধারিত",
    "সরকারি হারে",
)
# A visa for a visit, not for work: the route of irregular migration.
VISIT_VISA = (
    "visit visa", "visiting visa", "tourist visa", "free visa", "ভিজিট ভিসা", "টুরিস্ট ভিসা",
    "विजिट वीजा", "टूरिस्ट वीजा",
)
# Papers that a lawful route abroad needs, said not to be needed: "passport lagbe na".
NO_PAPERS = (
    "passport lagbe na", "passport lagbe nah", "passport dorkar nei", "passport chara",
    "without passport", "without a passport", "no passport needed", "no passport required",
    "passport not needed", "passport not required", "bina passport", "passport ki zarurat nahi",
    "passport ki jarurat nahi", "passport nahi chahiye", "পাসপোর্ট লাগবে না", "পাসপোর্ট ছাড়া",
    "पासपोर्ट की जरूरत नहीं", "बिना पासपोर्ट", "पासपोर्ट नहीं चाहिए",
)
# A place abroad named as a market, not a workplace: "garments exported to the Gulf",
# "kapde Dubai jaate hain", "আমাদের পোশাক মধ্যপ্রাচ্যে যায়".
MARKET = (
    "export", "exports", "exported", "exporter", "exporting", "buyer", "buyers", "market",
    "markets", "shipped", "jaate hain", "jate hain", "jata hai", "jaata hai", "jay", "jaay",
    "bhejte hain", "niryat", "roptani", "roptanimukhi", "রপ্তানি", "রপ্তানিমুখী", "যায়",
    "निर्यात", "जाते हैं", "जाता है",
)
AGENT_ARRANGES = (
    "by our agent", "by agent", "by the agent", "agent will", "agent karega", "agent dega",
    "agent debe", "dalal", "dalal debe", "dalal kore debe", "our man", "amader lok",
    "एजेंट देगा", "एजेंट करेगा", "দালাল", "এজেন্ট দেবে",
)
ARRANGE = (
    "arranged", "arrange", "arranging", "arrangement", "provided", "free",
    "by our agent", "by agent", "by the agent", "company will bear", "bandobast", "intezam",
    "intazam", "byabostha", "kharcha company", "by company", "by the company", "company dega",
    "company degi", "company debe", "company dibe", "malik dega", "फ्री", "मुफ्त", "इंतजाम",
    "कंपनी देगी", "ব্যবস্থা", "ফ্রি", "কোম্পানি দেবে",
)

# --- entertainment_lure -------------------------------------------------------------------------

ENTERTAINMENT = (
    "dancer", "dancers", "dance", "dancing", "dance bar", "bar dancer", "bar girl",
    "bar girls", "bar singer", "bar hostess", "bar waitress", "bar staff", "beer bar",
    "ladies bar", "bar me kaam", "bar mein", "hostess", "hostesses",
    "call girl", "friendship club", "night club", "nightclub",
    "club dancer", "dance club", "pub", "hookah", "massage", "body massage",
    "massage girl", "spa girl", "model", "models", "modelling", "modeling", "fashion model",
    "photo shoot", "photoshoot", "full length photo", "full size photo", "send photos",
    "send your photo", "entertainer", "item dance", "item girl", "mujra",
    "naach", "nach", "nachna", "nachne", "naach gana", "nach gana", "nartaki", "orchestra",
    "orkestra", "attractive girls", "beautiful girls", "good looking", "fair girls",
    "event girls", "party girls", "promo girls", "promotion girls",
    "sundar ladki", "sundori meye",
    "डांसर", "नर्तकी", "नाच", "नाचना", "बार डांसर", "बार गर्ल", "मसाज", "मॉडल", "मॉडलिंग",
    "होस्टेस", "ড্যান্সার", "নর্তকী", "নাচ", "মডেল", "মডেলিং", "ম্যাসাজ",
    "বার ড্যান্সার", "হোস্টেস", "डांस", "डान्स", "ডান্স", "ড্যান্স", "मुजरा", "ऑर्केस्ट्रा",
    "आर्केस्ट्रा", "नाचने", "नाचने वाली", "অর্কেস্ট্রা", "মুজরা", "নাচের",
    # the worker's looks asked for, or her picture
    "fair and slim", "fair complexion", "fair skin", "slim figure", "good figure",
    "attractive looks", "attractive figure", "cross massage", "cross gender massage",
    "beer parlour", "casino hostess",
    "dekhte bhalo", "dekhte sundor", "achhi dikhne wali", "achi dikhne wali",
    "dikhne mein achhi", "gora rang", "forsha meye", "forsa meye", "sundori forsha",
    "अच्छी दिखने वाली", "दिखने में अच्छी", "गोरी लड़कियां", "सुंदर लड़कियां", "गोरा रंग",
    "দেখতে ভালো", "দেখতে সুন্দর", "ফর্সা", "সুন্দরী মেয়ে", "সুন্দরী",
    "photo bhejein", "photo bhejo", "photo bhejiye", "photo bheje", "photo whatsapp",
    "photos bhejein", "chobi pathan", "chhobi pathan", "chobi pathaben", "photo pathan",
    "फोटो भेजें", "फोटो भेजिए", "फोटो व्हाट्सएप", "ছবি পাঠান", "ছবি পাঠাবেন", "sundori",
    "sundar ladkiyan", "gori ladkiyan", "sundar aur gori",
    "gane wali", "gaane wali", "gaane wali ladkiyan", "गाने वाली", "gaan gawar meye",
    "গান গাওয়ার মেয়ে",
    # the euphemisms of paid company with men: "open-minded girls", "friendship", "dating",
    # "video call job"
    "open minded girls", "open minded ladies", "open minded female", "bold girls",
    "bold ladkiyan", "high profile friendship", "high profile clients meet",
    "dating", "girlfriend", "girl friend", "video call job", "video calling job",
    "video chat job", "video calling with clients", "video call with clients",
    "friendship", "frendship", "dosti", "body to body", "rich clients", "meet rich",
    "दोस्ती", "ओपन माइंडेड", "বন্ধুত্ব", "ডেটিং", "ভিডিও কল", "ওপেন মাইন্ডেড",
)
# Escorts: a lure, unless patrons are escorted somewhere ("escort guests to their rooms").
ESCORT = (
    "escort", "escorts", "escort service", "escort job", "escort girl", "escort girls",
    "एस्कॉर्ट", "এসকর্ট",
)
# Giving patrons company: the disguised wording of the same work ("sit with guests and keep
# them company", "mehmanon ka dil behlana", "অতিথিদের সঙ্গ দেওয়া"); a lure next to a patron.
COMPANY = (
    "give company", "give them company", "keep company", "keep them company", "kept company",
    "keeping company", "keep guests company",
    "give him company", "companion", "companions", "companionship", "accompany",
    "accompanying", "entertain", "entertained", "entertaining", "sit with", "sitting with",
    "spend time with", "time pass", "dil behlana", "dil behlane", "man behlana",
    "mann behlana", "manoranjan", "saath baithna", "sath baithna", "saath baithkar",
    "saath baith", "sath baith", "saath baithke", "sath baithke", "saath baith ke",
    "sath baith ke", "sathe bose", "sathe bosa", "साथ बैठ", "साथ बैठके", "সাথে বসে",
    "company dena", "company deni", "company dene", "company dite", "company dewa",
    "company deya", "songo", "songo dewa", "songo dite", "sango", "songe bose", "sange bose",
    "khush karna", "moner moto", "behlana", "saath rehna", "sath rehna",
    "sathe thakte", "sathe thakbe", "songe thakte", "songe thakbe", "sathe somoy",
    "somoy katano", "somoy kataben", "somoy katate", "samay bitana", "samay bitaana",
    "waqt bitana", "waqt guzarna", "time bitana", "time spend", "spend time", "party with",
    "mingle", "personal service", "personal services", "private service", "special service",
    "mingling", "socialise", "socialize", "socialising", "socializing", "songi", "sangini",
    "bandhobi", "khushi kora", "khushi korte",
    "बहलाना", "मन बहलाना", "साथ रहना", "समय बिताना", "खुश करना", "संगिनी", "साथी बनना",
    "সঙ্গে থাকতে", "সাথে থাকতে", "সময় কাটাতে", "সময় কাটানো", "সঙ্গী", "সঙ্গিনী", "বান্ধবী",
    "খুশি করা", "খুশি করতে",
    "मनोरंजन", "दिल बहलाना", "साथ बैठना", "साथ बैठकर", "कंपनी देना", "कंपनी देनी",
    "সঙ্গ", "সঙ্গ দেওয়া", "সঙ্গ দিতে", "সঙ্গে বসে", "সঙ্গ দেয়া", "মনোরঞ্জন",
)
# Those she would keep company: guests, customers, clients, gentlemen.
PATRON = (
    "guest", "guests", "customer", "customers", "client", "clients", "gentleman", "gentlemen",
    "gents", "men", "male", "males", "sahab", "sahib", "saheb", "sahebder", "babu", "vip",
    "vips", "mehman", "mehmaan", "mehmanon", "grahak", "grahakon", "khoddar", "khodder",
    "atithi", "purush", "visitors", "businessmen", "businessman",
    "অতিথি", "অতিথিদের", "খদ্দের", "খদ্দেরদের", "ক্লায়েন্ট", "ক্লায়েন্টদের", "গ্রাহক", "সাহেব",
    "সাহেবদের", "পুরুষ", "मेहमान", "मेहमानों", "ग्राहक", "ग्राहकों", "पुरुष", "साहब",
    "अतिथि", "अतिथियों", "atithiyon", "mehmano", "mehmaano", "grahako",
)
# Men as the clients of a service: "gents clients ki seva", "পুরুষ ক্লায়েন্টদের সেবা".
MALE = (
    "male", "men", "gents", "gentlemen", "gentleman", "purush", "mard", "पुरुष", "पुरुषों",
    "মর্দ", "পুরুষ", "পুরুষদের",
)
SERVICE = (
    "seva", "sewa", "seba", "service", "services", "attend", "attend to", "serve", "serving",
    "massage", "home service", "private room", "private rooms", "सेवा", "সেবা", "সার্ভিস",
)
# Where and when the work is: a club, lounge, spa or bar at night is entertainment work.
VENUE = (
    "club", "clubs", "lounge", "lounges", "spa", "spas", "pub", "pubs", "bar", "bars", "disco",
    "discotheque", "nightclub", "massage centre", "massage center", "massage parlour",
    "massage parlor", "spa centre", "spa center", "dance bar", "beer bar", "ladies bar",
    "private party", "private parties", "farmhouse party", "house party", "hookah bar",
    "hukka bar", "karaoke", "casino", "प्राइवेट पार्टी", "প্রাইভেট পার্টি", "কারাওকে", "कैसीनो",
    "ক্লাব", "লাউঞ্জ", "স্পা", "বার", "ডিস্কো", "क्लब", "लाउंज", "स्पा", "बार", "डिस्को",
)
NIGHT = (
    "night", "nights", "overnight", "midnight", "late night", "raat", "raaton", "rat ki",
    "raater", "rater", "raate", "bhor", "bhore", "till morning", "subah tak", "sondhyar por",
    "sondhar por", "after dark", "after midnight", "late hours", "late evening",
    "late evenings", "private cabin", "private cabins", "private room", "private rooms",
    "রাত", "রাতের", "রাতে", "ভোর", "সন্ধ্যার পর", "रात", "रातों", "देर रात",
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
    # a parent, a husband or the head of her household rather than "the family"
    "pita", "pitaji", "pita ji", "baap", "baba", "babake", "baba ke", "bapke", "abba",
    "abbu", "abbake", "amma", "ammi", "mother", "mata", "ma ke", "maa ko", "swami",
    "swamir", "swamike", "shami", "shamir", "pati", "patike", "husband", "husbands",
    # or whoever stands for her household: the village head, a local broker of her family
    "village head", "pradhan", "gram pradhan", "sarpanch", "matbar", "mathbar", "মাতব্বর",
    "প্রধান", "সরপঞ্চ", "सरपंच", "प्रधान", "ग्राम प्रधान",
    "in laws", "sasur", "sasural", "shoshur", "shoshurbari", "mukhiya", "ghar ke mukhiya",
    "barir korta", "poribarer korta", "korta ke", "brother", "bhai", "bhaiya", "uncle",
    "chacha", "relative", "relatives", "rishtedar", "attiyo",
    "mayer hate", "babar hate", "mayer kache", "babar kache", "abbar hate", "ammar hate",
    "ghar bheji", "ghar bheja", "ghar bhej", "ghar par bheja", "ghar bheji jayegi",
    "ghar bheja jayega", "barite pathano", "bari pathano", "sent to the village", "gaon bheja",
    "papa", "पापा", "मां", "माँ", "মা", "বাবার কাছে", "মায়ের কাছে", "স্বামীর কাছে",
    "বাড়িতে পাঠানো", "বাড়ি পাঠানো", "घर भेजी", "घर भेजा", "गांव भेजा",
    "মায়ের হাতে", "বাবার হাতে", "বাবা", "বাবাকে", "মাকে", "বাবা মাকে", "মা বাবাকে", "স্বামী",
    "স্বামীর", "স্বামীকে", "পিতা",
    "কর্তা", "কর্তাকে", "আত্মীয়", "ভাই", "শ্বশুর",
    "पति", "पिता", "पिताजी", "बाप", "मुखिया", "घर के मुखिया", "ससुर", "माता", "अभिभावक",
    "भाई", "रिश्तेदार", "ससुराल",
)
# A sentence about cover for the family or their visits is not about money paid to them.
FAMILY_CONTEXT = (
    "nominee", "accident", "death", "insurance", "mediclaim", "esi", "esic", "visit", "visits",
    "visiting", "visitors", "बीमा", "নমিনি", "বিমা", "बीमे",
)
# Patrons taken somewhere (a hotel's bell desk, a hospital's attendant): no company is kept.
ESCORTED_TO = (
    "room", "rooms", "table", "tables", "seat", "seats", "lift", "elevator", "doctor", "ward",
    "opd", "hospital", "airport", "station", "counter", "desk", "reception", "car", "taxi",
    "kamre", "kamra", "ghor", "কামরা", "ঘরে", "कमरे", "कमरा",
)
# With women named next to them, men are customers among others: "male and female clients".
FEMALE = (
    "female", "females", "women", "woman", "ladies", "lady", "mahila", "mohila", "aurat",
    "মহিলা", "নারী", "महिला", "औरत",
)

# Handed to someone: a wage and a relative make a payment to him only with one of these ("salary
# handed to the husband", "pati ke khate mein jayegi"), not in "a salary to support your family".
HANDED = (
    "paid", "pay", "given", "give", "handed", "hand", "hands", "sent", "send", "transfer",
    "transferred", "credited", "hate", "haath", "hath", "khate", "khata", "account", "milegi",
    "milega", "milenge", "diya", "di", "dee", "dia", "deya", "dewa", "dibe", "debe", "jabe",
    "jayegi", "jaegi", "jayega", "pabe", "bheji", "bheja", "to",
    "हाथ", "खाते", "दी", "दिया", "दिए", "मिलेगी", "मिलेगा", "जाएगी", "भेजी", "को",
    "হাতে", "খাতে", "দেওয়া", "দেয়া", "পাবে", "যাবে", "অ্যাকাউন্টে", "পাঠানো",
)

# The worker's own account or hand, which undoes "family" next to a wage: "each paid to their
# own account", "dujoner beton nijer nijer account e".
OWN = (
    "own", "her own", "your own", "their own", "own account", "herself", "yourself", "nijer",
    "aapko", "to you", "apnake", "tomake", "আপনাকে", "आपको",
    "nijer nijer", "apne", "apna", "apni", "apne apne", "swayam", "khud", "নিজের",
    "নিজের নিজের", "अपने", "अपना", "अपनी", "खुद", "स्वयं",
)
# Money paid to someone: the wage itself, handed over.
WAGE_PAID = (
    "salary", "wage", "wages", "pay", "paid", "income", "payment", "amount", "beton", "tankha",
    "tankhwah", "vetan",
    "kamai", "maine", "বেতন", "মাইনে", "वेतन", "तनख्वाह", "कमाई", "gift", "inam", "inaam",
    "uphar", "उपहार", "इनाम", "উপহার",
)

# --- no_experience_high_pay ---------------------------------------------------------------------

NO_EXPERIENCE = (
    "no experience", "without experience", "fresher", "freshers", "freshers welcome",
    "bina anubhav", "bina experience", "अनुभव की जरूरत नहीं", "बिना अनुभव", "অভিজ্ঞতা লাগবে না",
    "অভিজ্ঞতার প্রয়োজন নেই", "অভিজ্ঞতা ছাড়া",
    "no qualification", "without qualification", "no qualification needed",
    "no training needed", "no training required",
    "koi qualification nahi", "padhai ki zarurat nahi", "anyone can apply",
    "যোগ্যতা লাগবে না", "শিক্ষাগত যোগ্যতা লাগবে না", "योग्यता की जरूरत नहीं", "कोई योग्यता नहीं",
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
    "olpo boyosi", "alpo boyoshi", "school jaane wali", "school jane wali", "school wali",
    "school wali ladkiyan", "school ki ladkiyan", "school pora meye", "skul pora meye",
    "schoole pora", "स्कूल जाने वाली", "स्कूल की लड़कियां", "স্কুলপড়ুয়া", "স্কুলে পড়া", "bachchi", "bacchi", "chhoti bachchi", "choti bachchi",
    "बच्ची", "छोटी बच्ची", "ছোট মেয়ে", "কচি মেয়ে",
    "किशोरी", "किशोरियां", "नाबालिग", "कम उम्र", "स्कूली लड़कियां", "छोटी लड़कियां",
    "কিশোরী", "নাবালিকা", "নাবালক", "অল্পবয়সী", "কম বয়সী", "স্কুলের মেয়ে",
)
# The class a girl is in, named as a range without "pass": "class 8 se 10", "class 7-9".
SCHOOL_CLASS = ("class", "klas", "std", "standard", "shreni", "kaksha", "ক্লাস", "শ্রেণি",
                "শ্রেণী", "কক্ষা", "कक्षा", "क्लास")
PASSED = ("pass", "paas", "passed", "uttirno", "utteern", "পাস", "উত্তীর্ণ", "पास", "उत्तीर्ण")
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
    # "১৩ বছর থেকে মেয়ে নেওয়া হবে": from an age, upwards
    "theke", "thheke", "থেকে",
)
# With a range ("16-17 years", "girls 15 to 20") or "old", a number from 10 to 17 is an age.
AGE_CONTEXT = (
    "year", "years", "yrs", "yr", "old", "saal", "sal", "bochor", "bochhor", "bachar",
    "varsh", "বছর", "साल", "वर्ष",
)
# People named before the numbers ("girls 15 to 20", "ladkiyan 14 se 18") are of that age; named
# after them ("need 10-15 girls") they are counted.
AGE_PEOPLE = (
    "girls", "girl", "ladki", "ladkiyan", "meye", "meyera", "boys", "লড়কি", "लड़कियां",
    "लड़कियाँ", "মেয়ে", "মেয়েরা",
)

# Children as the people the work serves, not as the workers sought: the classes she teaches
# ("tuition teacher, classes 1-5"), the children she minds ("children aged 6-12", a creche, a
# school bus). Named near these words, a class or an age under 18 is theirs, not hers.
CHILDREN_SERVED = (
    "children", "child", "kids", "kid", "students", "student", "pupils", "infants", "toddlers",
    "babies", "bachchon", "bachhon", "bacchon", "bachon", "bachche", "bacche", "bachhe",
    "chhatra", "chhatron", "chatro", "chhatro", "chhatrchhatri", "shishu", "shishuder",
    "bachchader", "bacchader", "बच्चों", "बच्चे", "बच्चा", "छात्र", "छात्रों", "छात्राओं", "शिशु",
    "শিশু", "শিশুদের", "বাচ্চা", "বাচ্চাদের", "ছাত্র", "ছাত্রছাত্রী", "ছাত্রছাত্রীদের", "পড়ুয়া",
)
TEACHING_CARE = (
    "teacher", "teachers", "teach", "teaching", "tuition", "tution", "tutor", "tutors",
    "coaching", "coaching centre", "learning centre", "school", "pathshala", "creche",
    "creches", "daycare", "day care", "play school", "playschool", "preschool", "pre school",
    "nursery", "montessori", "anganwadi", "balwadi", "school bus", "bus attendant", "ayah",
    "aaya", "babysitter", "babysitting", "nanny", "caretaker", "padhana", "padhane", "porano",
    "poraben", "shikshak", "shikshika", "shikkhok", "shikkhika", "homework", "batch", "batches",
    "शिक्षक", "शिक्षिका", "ट्यूशन", "कोचिंग", "पढ़ाना", "पढ़ाने", "क्रेच", "आंगनवाड़ी", "स्कूल",
    "পাঠশালা", "শিক্ষক", "শিক্ষিকা", "টিউশন", "টিউশনি", "কোচিং", "পড়ানো", "পড়াতে", "ক্রেশ",
    "অঙ্গনওয়াড়ি", "স্কুল",
)
# A little child named as the one cared for ("दो साल की बच्ची की देखभाल", "look after a baby
# girl"): the words for a little girl that are also the words for a child minded, and the care.
LITTLE_CHILD = (
    "bachchi", "bacchi", "chhoti bachchi", "choti bachchi", "बच्ची", "छोटी बच्ची", "ছোট মেয়ে",
)
CARE_OF = (
    "dekhbhal", "dekhbhaal", "dekhrekh", "sambhalna", "sambhalne", "dekhashona", "dekhashuna",
    "dekhasona", "jotno", "care", "care for", "care of", "look after", "looking after",
    "take care", "taking care", "babysit", "babysitting", "mind", "minding",
    "देखभाल", "देखरेख", "संभालना", "संभालने", "দেখাশোনা", "যত্ন", "দেখাশুনা",
)
# Children said to work too, beside the adults: "बच्चे भी ईंट पाथ सकते हैं", "chhele-meye sobai
# kaj korte parbe" (a child with "also" or "all", and work, in one sentence).
CHILDREN_TOO = (
    "bachche bhi", "bacche bhi", "bachhe bhi", "बच्चे भी", "बच्चों को भी", "children also",
    "children too", "kids also", "kids too", "chhele meye sobai", "chhelemeye sobai",
    "chele meye sobai", "ছেলেমেয়ে সবাই", "ছেলে মেয়ে সবাই", "বাচ্চারাও", "bacchara o",
    "baccharao", "বাচ্চারা ও",
)
CHILD_WORK = (
    "work", "kaam", "kam", "kaj", "kaaj", "काम", "কাজ", "पाथ", "paath", "bana", "banana",
    "banate", "बना", "बनाना", "mould", "moulding", "korte parbe", "kar sakte", "कर सकते",
    "সকতে", "পারবে", "parbe", "सकते",
)

# --- vague_employer -----------------------------------------------------------------------------

VAGUE = (
    "whatsapp", "whats app", "watsapp", "whatsap", "call now", "missed call", "miss call",
    "telegram", "imo", "messenger", "inbox", "inbox korun", "inbox karein", "inbox me",
    "direct message", "facebook inbox", "fb inbox", "details at interview",
    "disclosed at interview", "name will be disclosed", "company name will be",
    "meet at the station", "station par milein", "टेलीग्राम", "ইমো", "ইনবক্স",
    "location will be told", "location will be shared",
    "location after selection", "location on call", "address after selection",
    "address on call", "details on call", "details on whatsapp", "company name confidential",
    "name not disclosed", "not disclosed", "undisclosed", "naam nahi bataya", "naam gupt",
    "confidential company", "confidential client", "anywhere in india",
    "location disclosed later", "location later", "jagah baad mein", "pata baad mein",
    "location baad mein", "thikana pore", "address pore", "location pore", "contact agent",
    "contact our agent", "agent se sampark", "sir se baat", "dalal", "milne par batayenge",
    "mil kar batayenge", "baad mein batayenge", "details baad mein", "pore janano hobe",
    "dekha kore bolbo", "ke baad batayenge", "ke baad bataya jayega", "baad batayenge",
    "will be told after", "will be told later", "told after registration", "told after selection",
    "details will be told", "details after registration", "pore bola hobe",
    "pore janano", "बाद में बताया जाएगा", "बाद में बताएंगे", "পরে জানানো হবে", "পরে বলা হবে",
    # a workplace named only as "a big city", a contact only through a middleman's number
    "big city", "big cities", "bade shahar", "bada shahar", "boro shohor", "boro shohore",
    "বড় শহরে", "বড় শহর", "बड़े शहर", "बड़े शहरों", "sardar er number", "sardar ka number",
    "sardar ke number", "munshi ka number", "thekedar ka number", "dalal er number",
    "contact munshi", "contact thekedar", "contact sardar", "contact the munshi",
    "সর্দারের নম্বর", "দালালের নম্বর", "मुंशी का नंबर", "ठेकेदार का नंबर",
    "ठिकाना बाद में", "व्हाट्सएप", "হোয়াটসঅ্যাপ", "ঠিকানা পরে",
)

# Who the employer is or where the work is, told only once she has arrived: "হোটেলের নাম পৌঁছে
# জানবেন", "address on arrival", "पता पहुंचकर बताया जाएगा" (a name, then an arrival).
NAME_OF_PLACE = (
    "name", "address", "location", "naam", "nam", "pata", "thikana", "jagah", "workplace",
    "নাম", "ঠিকানা", "জায়গা", "কর্মস্থল", "नाम", "पता", "जगह",
)
ON_ARRIVAL = (
    "on arrival", "after arrival", "upon arrival", "after reaching", "on reaching",
    "when you reach", "pouche", "pouchhe", "pouchanor por", "pahunch kar",
    "pahunchkar", "pahunchne par", "pahuchne par", "পৌঁছে", "পৌঁছানোর পর", "পৌঁছলে", "পৌঁছাবার পর",
    "पहुंचकर", "पहुँचकर", "पहुंचने पर", "पहुँचने पर", "पहुंचने के बाद", "पहुँचने के बाद",
)

# --- negation and warnings ----------------------------------------------------------------------

# A cue up to a few words before a match (or just after it) undoes it: "no registration fee",
# "fee nahi", "passport will not be kept", "kono fee lagbe na".
NEGATION = (
    "no", "not", "never", "without", "nil", "none", "zero", "nahi", "nahin", "nai", "na",
    "mat", "bina", "nei", "noy", "dont", "don t", "doesn t", "won t", "nobody", "neither",
    "nor", "नहीं", "नही", "न", "मत", "बिना", "না", "নেই", "নয়", "বিনা",
)
# A refund denied: a negation of these words is of the refund, not the fee ("registration fee
# and deposit not refundable", "deposit wapas nahi milega", "jamanat ferot hobe na").
REFUND = (
    "refund", "refunds", "refundable", "refunded", "returnable", "return", "returned",
    "wapas", "vapas", "wapis", "lautaya", "lautayi", "lautana", "ferot", "ferat",
    "ferotjoggo", "ফেরত", "ফেরতযোগ্য", "वापस", "वापसी", "लौटाया", "लौटाई",
)
# For a fee, "free" and "paid by the employer" also undo it ("registration is free").
FEE_NEGATION = (
    "free", "free of cost", "free of charge", "muft", "mufat", "binamulle", "waived",
    "reimbursed", "reimburse", "borne by", "paid by us", "paid by company", "paid by employer",
    "paid by the company", "paid by the employer", "sponsored", "scholarship",
    "support", "allowance", "children", "refunded", "paid by the government",
    "government pays", "sarkar dega", "sarkar degi", "sorkar debe", "pmkvy", "ddu gky",
    "ddugky", "सरकार देगी", "সরকার দেবে",
    # "the company pays it" in Hindi and Bengali transliteration
    # the employer named as the one who pays: "agency fee employer dey", "एजेंसी का शुल्क
    # नियोक्ता देगा", "এজেন্সির ফি নিয়োগকর্তা দেবেন", "service charge employer deta hai"
    "employer pays", "employer will pay", "employer deta", "employer deta hai", "employer dega",
    "employer degi", "employer dey", "employer debe", "employer diben", "employer bears",
    "employer bear", "employer s cost", "at the employer s cost", "niyokta dega",
    "नियोक्ता देगा", "नियोक्ता देंगे", "नियोक्ता देता", "नियोक्ता भरेगा", "मालिक देगा",
    "নিয়োগকর্তা দেবেন", "নিয়োগকর্তা দেবে", "নিয়োগকর্তা দেন", "মালিক দেবে", "malik debe",
    "company bharegi", "company bharega", "company dega", "company degi", "company dibe",
    "company debe", "company deby", "company bahan karegi", "malik dega", "free mein",
    "मुफ्त", "फ्री", "कंपनी देगी", "कंपनी भरेगी", "বিনামূল্যে", "ফ্রি", "কোম্পানি দেবে",
    # someone else named as the payer: the family that hires her, the programme that trains her
    "paid by the programme", "paid by the program", "paid by programme", "paid by the family",
    "paid by the household", "paid by the client", "paid by the ngo", "paid by the centre",
    "paid by the institute", "paid by the scheme", "paid by the agency", "family pays",
    "family will pay", "programme pays", "borne by the family", "parivar dega", "parivar deta",
    "poribar debe", "poribar den", "परिवार देता", "परिवार देगा", "परिवार देते", "परिवार भरता",
    "परिवार भरेगा", "পরিবার দেবে", "পরিবার দেন", "পরিবার দেয়",
)
# For documents, returning them or keeping copies is ordinary verification.
DOCUMENT_NEGATION = (
    "return", "returned", "returns", "given back", "copy", "copies", "photocopy",
    "photocopies", "xerox", "self attested", "wapas", "vapas", "ferot", "ready", "your own",
    "yourself", "apne paas", "nijer kache", "फोटोकॉपी", "वापस", "ফেরত", "কপি",
    "verification", "verify", "verified", "checked", "satyapan", "jachai", "dekhiye",
    "जाँच", "जांच", "जाँचना", "जांचना", "जाँच के बाद",
    "dikhakar", "dikha kar", "dekh kar", "photocopy", "ফটোকপি", "যাচাই", "দেখিয়ে", "सत्यापन",
    "दिखाकर", "नकल", "নিজের", "নিজের কাছে", "আপনার কাছে", "tomar kache", "apnar kache",
    "aapke paas", "aap ke paas", "apne pass", "अपने पास", "आपके पास", "with you",
    # the worker named as the one who holds them: "passport remains with the worker"
    "with the worker", "with the candidate", "with the employee", "with herself",
    "worker keeps", "candidate keeps", "stays with the worker", "worker ke paas",
    "कर्मचारी के पास", "কর্মীর কাছে",
    # said to the worker, the keeping is hers: "keep your Aadhaar safe", "apne paas rakhein"
    "keep your", "you can keep", "you keep", "to you", "given to you", "aapko", "apnake",
    "tomake", "আপনাকে", "आपको", "rakhein", "rakhen", "rakhiye", "rakhun",
    "rakhben", "रखें", "रखिए", "রাখুন", "রাখবেন",
)
# A sentence that warns against a practice does not practise it.
WARNING = (
    "beware", "fake", "fraud", "fraudulent", "cheat", "cheated", "scam", "scammers",
    "never ask", "never charge", "never take", "never keep", "saavdhan", "savdhan", "dhokha",
    "sotorko", "satark", "protarona", "protarok", "सावधान", "धोखा", "ठग", "সতর্ক", "প্রতারণা",
    "প্রতারক", "report any", "report anyone", "complain", "complaint", "shikayat", "abhijog",
    "शिकायत", "অভিযোগ",
)
# Words that end the reach of a negation: "no experience needed, registration fee ..." and
# "no uniform cost but a deposit ...".
SCOPE_END = (
    "but", "however", "lekin", "magar", "par", "kintu", "tobe", "needed", "required",
    "chahiye", "lagbe", "dorkar", "zaruri", "except", "excluding", "apart from", "only",
    "sudhu", "shudhu", "sirf", "keval", "kewal", "শুধু", "সুধু", "केवल", "सिर्फ",
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
# Work that is not full time, for which a monthly wage under the full-time floor says nothing:
# part-time, a few hours a day, paid by the piece, at home.
PART_TIME = (
    "part time", "parttime", "half day", "half time", "few hours", "hours a day",
    "hours per day", "hours daily", "piece rate", "per piece", "piece wise", "home based",
    "from home", "at home", "ghar baithe", "ghar se", "ghare bose", "bari theke", "adha din",
    "ardha din", "prati piece", "पार्ट टाइम", "आधा दिन", "घर बैठे", "घर से", "प्रति पीस",
    "পার্ট টাইম", "অর্ধেক দিন", "ঘরে বসে", "বাড়ি থেকে", "প্রতি পিস",
)
PER_DAY = (
    "per day", "daily", "a day", "roj", "rozana", "din", "dine", "prati din", "protidin",
    "রোজ", "দৈনিক", "প্রতিদিন", "रोज", "प्रतिदिन", "दिहाड़ी",
    # a night, a show or an event is paid like a day
    "per night", "every night", "prati raat", "per event", "per show",
    "per program", "per programme", "har program", "per party", "প্রতি রাতে", "প্রতি রাত",
    "प्रति रात", "हर रात",
)
PER_MONTH = (
    "month", "monthly", "per month", "a month", "pm", "mahina", "mahine", "maas", "mash",
    "mase", "masik", "মাসে", "মাস", "মাসিক", "महीना", "महीने", "मासिक",
)
PER_WEEK = (
    "per week", "weekly", "a week", "every week", "har hafte", "hafta", "saptahik",
    "proti soptahe", "prati saptah", "সাপ্তাহিক", "প্রতি সপ্তাহে", "साप्ताहिक", "हर हफ्ते",
)

# Real words that lie within a spelling slip of a lure word and must not be taken for it
# (they still match a phrase that is exactly them).
ORDINARY_WORDS = (
    "hostel", "hostels", "hotel", "hotels", "escorted", "escorting", "modest", "modern",
    "barcode", "feedback", "forest", "deposited", "depositing", "modular", "danced",
    "thaka", "thakar", "thakte", "thakun",
)
# Neighbours (two words either side) that make a lure word ordinary work: "bar code",
# "head massage", "escorted to the cab", "role model", "foreign clients", "Visa card",
# "travel allowance", "salary deposit in the bank".
ORDINARY_NEIGHBOURS = {
    "entertainment": (
        "code", "coding", "head", "scalp", "hair", "champi", "cab", "cabs", "guard", "guards",
        "security", "transport", "vehicle", "drop", "role", "business", "curriculum",
        "number", "chocolate", "soap", "working",
        # a place named after a model: "Model Town", "Model Colony"
        "town", "colony", "nagar", "basti", "road", "gram", "school", "english", "tarun",
        # a model of a thing, not a person: "latest model phones", "नए मॉडल के ब्लाउज़",
        # "sugar models" on a cake
        "latest", "new", "naya", "naye", "nayi", "notun", "नए", "नया", "नई", "নতুন", "blouse",
        "blouses", "phone", "phones", "mobile", "car", "cars", "bike", "machine", "sugar",
        "design", "designs", "product", "products", "कार", "ब्लाउज़", "ब्लाउज",
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
