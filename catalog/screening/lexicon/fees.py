"""Who pays whom, for `fee_charged`: a fee, charge or deposit named as such, a demand to pay,
a sum and a payment app, a cost of getting the job; and the money she receives or handles as
the work, which is none of them.
"""

# An agent's or agency's cut (commission is a fee only when the worker pays it to an agent; as
# her pay it is none), a fee whatever stands beside it ("pehle mahine ki salary agency
# commission me jayegi" is her wage taken as one), unless another is said to pay it.
AGENT_FEE = (
    "agent commission", "agent s commission", "commission to the agent", "placement commission",
    "agency commission", "agent fee", "agent fees", "agency fee", "agency fees", "dalali",
    "एजेंट कमीशन", "एजेंसी कमीशन", "एजेंसी फीस", "एजेंट का कमीशन", "दलाली", "এজেন্সি কমিশন",
    "এজেন্সি ফি", "এজেন্টের কমিশন", "দালালি",
    # the agent's cut with the genitive between: "Agency r commission", "एजेंसी का कमीशन"
    "agency r commission", "agency er commission", "agent er commission", "agent r commission",
    "agency ka commission", "agent ka commission", "agency ki commission", "एजेंसी का कमीशन",
    "एजेंसी की कमीशन", "এজেন্সির কমিশন", "এজেন্সি র কমিশন",
)
# A fee, deposit or charge asked of the worker, named as such.
FEE = (
    *AGENT_FEE,
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
    "ferotjoggo", "ferot joggo", "ferotjogyo", "wapasi yogya",
    "commission charge", "commission fee",
    "placement charge", "placement charges", "service charge", "visa charge",
    "advance payment", "advance amount", "advance fee", "pay in advance", "one time payment",
    "registration kit", "kit charge", "kit charges", "kit fee", "starter kit", "id card charge",
    # the charge in Hindi and Bengali script, and her login sold to her: "সফটওয়্যার চার্জ",
    # "ID activation of Rs 1,499", "आईडी एक्टिवेशन"
    "চার্জ", "चार्ज", "charj", "id activation", "login activation", "account activation",
    "activation charge", "activation fee", "एक्टिवेशन", "अ‍ॅक्टिवेशन", "অ্যাক্টিভেশন", "অ্যাকটিভেশন",
    "jamanat", "jamanat rashi", "shulk", "panjikaran shulk", "fis",
    "फीस", "शुल्क", "जमानत", "जमा राशि", "रजिस्ट्रेशन फीस", "पंजीकरण शुल्क", "सिक्योरिटी डिपॉजिट",
    "सिक्योरिटी मनी", "सिक्योरिटी के",
    "सिक्योरिटी राशि", "वापसी योग्य",
    "ফি", "ফিস", "জামানত", "রেজিস্ট্রেশন ফি", "নিবন্ধন ফি", "ফেরতযোগ্য", "সিকিউরিটি ডিপোজিট",
    "সিকিউরিটি টাকা", "সিকিউরিটি মানি", "সিকিউরিটি বাবদ",
)
# Verbs of handing over, said of money (a demand to pay) and of her papers (given up).
_HAND_OVER = (
    "dena hoga", "dena padega", "dene honge", "dite hobe", "jama", "deposit", "जमा", "देना होगा",
    "देने होंगे", "জমা", "দিতে হবে",
)
# A demand to hand over money ("dite hobe", "jama karna hoga") ...
PAY_DEMAND = (
    *_HAND_OVER,
    "have to pay", "has to pay", "need to pay", "must pay", "should pay", "pay first",
    "pay only", "pay just", "jama karna", "jama karein", "jama karo",
    "jama dite", "jama dite hobe", "dena hai",
    "dene hoge", "karne honge", "karni hogi", "bhejein", "bhejiye", "bhejen", "pathaben",
    "dite lagbe", "send", "bhejna", "bhejo", "pathate hobe", "pathan",
    "korte hobe", "dite hoy", "lagenge", "lagega", "lagbe", "লাগবে", "लगेंगे", "लगेगा",
    "bear the cost", "bear the expense", "bear the expenses", "kharcha uthana",
    "kharcha dena", "kharcha dite hobe", "খরচ দিতে হবে", "खर्च देना", "pay karna", "pay karna hoga",
    "pay karein", "pay kare",
    "pay korte hobe", "payment karna", "payment korte hobe", "payment karein", "pay karo",
    "to be paid", "is to be paid", "be paid by the candidate", "paid by the candidate",
    "भेजें", "भेजिए", "करने होंगे", "करनी होगी",
    # what she must buy to do the work, from those who offer it: "buy our kit for Rs 12,000",
    # "কিট ২৫০০ টাকায় কিনতে হবে", "किट ₹2,500 में खरीदनी होगी"
    "buy our", "must buy", "have to buy", "has to buy", "need to buy", "purchase our",
    "must purchase", "kinte hobe", "kine nite hobe", "kinte hoy", "kharidna hoga",
    "kharidna padega", "kharidni hogi", "kharidni padegi", "kharidne honge", "খরিদ করতে হবে",
    "কিনতে হবে", "কিনে নিতে হবে", "खरीदना होगा", "खरीदनी होगी", "खरीदना पड़ेगा", "खरीदनी पड़ेगी",
    "खरीदने होंगे",
    "পাঠাতে হবে", "করতে হবে", "পাঠান",
)
# What she makes, handed in when it is done ("kaaj jama dile", "কাজ জমা দেওয়ার ৭ দিনের মধ্যে",
# "maal jama karne par"): a deposit of her work, not of money.
WORK_DONE = (
    "work", "kaam", "kam", "kaj", "kaaj", "maal", "mal", "goods", "pieces", "piece", "order",
    "orders", "product", "products", "samaan", "saman", "কাজ", "মাল", "পিস", "অর্ডার", "পণ্য",
    "काम", "माल", "सामान", "पीस", "ऑर्डर",
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
    "উপবৃত্তি", "upobritti", "upabritti", "vazifa", "wazifa",
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
    "dress", "ड्रेस", "किट", "कमीशन", "ড্রেস", "কিট", "কমিশন", "पोशाक",
)
# A cost of getting the job named right before its sum: "Registration 1,500 taka", "medical
# 8,000 ar visa stamping 12,000", "खर्चा सिर्फ 40,000 रुपये", "রেজিস্ট্রেশন ২,০০০ টাকা" (a sum
# she receives, or one paid by the employer, is not one).
COST_NAMED = (
    "registration", "regestration", "membership", "medical", "medical test", "visa",
    "visa stamping", "stamping", "processing", "form", "kit", "placement", "commission",
    "kharcha", "kharch", "khoroch", "khorcha", "cost", "costs", "expenses",
    # the price of the whole journey sold as one: "প্যাকেজ ৪ লাখ ৫০ হাজার টাকা", "package 3 lakh"
    "package", "package cost", "package rate", "pakej", "প্যাকেজ", "পেকেজ", "पैकेज",
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
# The rent of her own lodging, paid to its landlord: "you pay only the monthly rent of Rs
# 2,000", "মাসিক ভাড়া নিজের" (not a fare: "বিমান ভাড়া" is a cost of getting the job).
RENT = (
    "rent", "monthly rent", "room rent", "hostel rent", "pg rent", "kiraya", "kamre ka kiraya",
    "ghor bhara", "room bhara", "masik bhara", "मासिक किराया", "कमरे का किराया", "किराया",
    "মাসিক ভাড়া", "ঘর ভাড়া", "রুম ভাড়া", "মেস ভাড়া",
)
# A public board or body whose own fee she may pay it straight, as its rules set ("प्रवेश शुल्क
# NIOS के नियम के अनुसार सीधे ऑनलाइन जमा होता है", "exam fee paid directly to the board"): no
# money passes to the one who offers the schooling or the work.
PUBLIC_BOARD = (
    "nios", "the board", "board", "exam board", "university", "government portal",
    "sarkari portal", "एनआईओएस", "बोर्ड", "सरकारी पोर्टल", "এনআইওএস", "বোর্ড", "সরকারি পোর্টাল",
)
DIRECTLY = (
    "directly", "direct to", "seedhe", "sidhe", "sidha", "seedha", "सीधे", "सीधा", "sorasori",
    "sarasari", "সরাসরি",
)
