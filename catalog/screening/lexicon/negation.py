"""What undoes a match: a negation near it, a refund denied, a fee paid by someone else, papers
kept as copies or by herself, a warning against the practice, and the words that end a
negation's reach.
"""

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
    # the charge denied by what is taken: "we charge nothing", "nothing is charged"
    "nothing",
    "reimbursed", "reimburse", "borne by", "paid by us", "paid by company", "paid by employer",
    "paid by the company", "paid by the employer", "sponsored", "scholarship",
    "support", "allowance", "children", "refunded", "paid by the government",
    "government pays", "sarkar dega", "sarkar degi", "sorkar debe", "pmkvy", "ddu gky",
    "ddugky", "सरकार देगी", "সরকার দেবে",
    # "the company pays it" in Hindi and Bengali transliteration
    # the employer named as the one who pays: "agency fee employer dey", "एजेंसी का शुल्क
    # नियोक्ता देगा", "এজেন্সির ফি নিয়োগকর্তা দেবেন", "service charge employer deta hai" (every
    # employer's name with every verb of paying is added below, from `_PAYERS` and `PAYS`)
    "employer deta hai", "employer bear", "employer s cost", "at the employer s cost",
    "company deby", "company bahan karegi", "free mein", "मुफ्त", "फ्री", "বিনামূল্যে", "ফ্রি",
    # someone else named as the payer: the family that hires her, the programme that trains her
    "paid by the programme", "paid by the program", "paid by programme", "paid by the family",
    "paid by the household", "paid by the client", "paid by the ngo", "paid by the centre",
    "paid by the institute", "paid by the scheme", "paid by the agency", "family pays",
    "family will pay", "programme pays", "borne by the family", "parivar dega", "parivar deta",
    "poribar debe", "poribar den", "परिवार देता", "परिवार देगा", "परिवार देते", "परिवार भरता",
    "परिवार भरेगा", "পরিবার দেবে", "পরিবার দেন", "পরিবার দেয়",
    # the employer named by what it is, as the one who pays or bears the cost: "the hospital
    # pays the security deposit", "জামানত হাসপাতাল দেবে", "নিয়োগকর্তা বহন করবে"
    "hospital pays", "hospital will pay", "school pays", "factory pays", "hotel pays",
    "clinic pays", "mill pays", "shop pays", "office pays", "centre pays",
    "we pay", "we bear", "will be borne", "borne by the employer",
    "hum denge", "hum bharenge",
    "amra debo", "amra bohon korbo", "আমরা দেব", "আমরা বহন করব", "हम देंगे", "हम भरेंगे",
    "হাসপাতাল দেবে", "হাসপাতাল দেবেন", "হাসপাতাল বহন করবে", "কারখানা দেবে", "কারখানা বহন করবে",
    "নিয়োগকর্তা বহন করে", "hospital debe", "अस्पताल देगा", "अस्पताल भरेगा",
    "বিনা খরচে", "bina khoroche", "bina kharch", "बिना खर्च", "खर्च नहीं", "কোনো খরচ নেই",
    # a fee waived: "शुल्क में छूट", "fees maaf", "ফি মওকুফ"
    "fee waiver", "fees waiver", "waiver", "छूट", "maaf", "maf", "माफ", "माफ़", "mokuf",
    "moukuf", "মওকুফ",
)
# For documents, returning them or keeping copies is ordinary verification.
DOCUMENT_NEGATION = (
    "return", "returned", "returns", "given back", "copy", "copies", "photocopy",
    "photocopies", "xerox", "self attested",
    # a copy by any of its words: formal ("প্রতিলিপি", "प्रतिलिपि", "सत्यापित प्रति"), the brand
    # spelt as said ("zerox", "জেরক্স", "ज़ेरॉक्स"), "attested", "duplicate", "নকল"
    "xeroxed", "zerox", "photo copy", "photo copies", "photocopied", "attested", "duplicate",
    "duplicates", "scanned", "scan copy", "protilipi", "pratilipi", "prati lipi",
    "প্রতিলিপি", "জেরক্স", "নকল", "প্রত্যয়িত", "সত্যায়িত", "ফটো কপি", "प्रतिलिपि", "प्रतियां",
    "प्रतियाँ", "की प्रति", "सत्यापित", "सत्यापित प्रति", "स्व-सत्यापित", "ज़ेरॉक्स", "जेरॉक्स",
    "जेरोक्स", "ज़ीरॉक्स", "फोटो कॉपी", "wapas", "vapas", "ferot", "ready", "your own",
    "yourself", "apne paas", "nijer kache", "फोटोकॉपी", "वापस", "ফেরত", "কপি",
    "verification", "verify", "verified", "checked", "satyapan", "jachai", "dekhiye",
    "जाँच", "जांच", "जाँचना", "जांचना", "जाँच के बाद",
    "dikhakar", "dikha kar", "dekh kar", "ফটোকপি", "যাচাই", "দেখিয়ে", "सत्यापन",
    "दिखाकर", "नकल", "নিজের", "নিজের কাছে", "আপনার কাছে", "tomar kache", "apnar kache",
    "aapke paas", "aap ke paas", "apne pass", "अपने पास", "आपके पास", "with you",
    # ... said with emphasis: "आपके ही पास रहेंगे", "aapke paas hi", "apnar kachei thakbe"
    "aapke hi paas", "aap ke hi paas", "aapke paas hi", "apne hi paas", "apne paas hi",
    "आपके ही पास", "आपके पास ही", "अपने ही पास", "अपने पास ही", "apnar kachei", "nijer kachei",
    "tomar kachei", "আপনার কাছেই", "নিজের কাছেই", "তোমার কাছেই",
    # the worker named as the one who holds them: "passport remains with the worker"
    "with the worker", "with the candidate", "with the employee", "with herself",
    "worker keeps", "candidate keeps", "stays with the worker", "worker ke paas",
    "कर्मचारी के पास", "কর্মীর কাছে",
    "কর্মীর কাছেই", "kormir kachei", "kormir kache", "worker er kachei", "worker er kache",
    "उम्मीदवार के पास", "कर्मचारी के पास ही", "candidate ke paas", "remains with the worker",
    # said to the worker, the keeping is hers: "keep your Aadhaar safe", "apne paas rakhein"
    "keep your", "you can keep", "you keep", "to you", "given to you", "aapko", "apnake",
    "tomake", "আপনাকে", "आपको", "rakhein", "rakhen", "rakhiye", "rakhun",
    "rakhben", "रखें", "रखिए", "রাখুন", "রাখবেন",
)
# ... and named after the verb of keeping as its keeper: "identity card (kept by the worker)",
# "passbook held by the member herself", "श्रमिक के पास रहेगा", "শ্রমিকের কাছে থাকবে".
_HERSELF = ("the worker", "worker", "workers", "the workers", "you", "yourself", "herself",
            "the candidate", "the employee", "the member", "the trainee", "the worker herself",
            "the member herself", "each worker")
DOCUMENT_NEGATION = (
    *DOCUMENT_NEGATION, *(f"{verb} by {who}" for verb in ("kept", "held", "retained", "stays")
                          for who in _HERSELF),
    # residents or workers keeping their own: "residents keep their own phones and documents",
    # "apne documents khud rakhte hain", "নিজেদের কাগজপত্র নিজের কাছে রাখেন"
    "their own", "her own", "keep their", "keeps her", "khud rakhte", "khud rakhti",
    "khud rakhenge", "खुद रखते", "खुद रखती", "nijeder", "নিজেদের",
    "shramik ke paas", "mazdoor ke paas", "श्रमिक के पास", "मजदूर के पास", "sramiker kache",
    "শ্রমিকের কাছে", "sodossor kache", "সদস্যের কাছে",
)
# A sentence that warns against a practice does not practise it.
WARNING = (
    "beware", "fake", "fraud", "fraudulent", "cheat", "cheated", "scam", "scammers",
    "never ask", "never charge", "never take", "never keep", "saavdhan", "savdhan", "dhokha",
    "sotorko", "satark", "protarona", "protarok", "सावधान", "धोखा", "ठग", "সতর্ক", "প্রতারণা",
    "প্রতারক", "report any", "report anyone", "complain", "complaint", "shikayat", "abhijog",
    "शिकायत", "অভিযোগ",
    # told to keep away: "be careful of visit visa offers", "avoid agents who promise jobs on
    # visit visas"
    "be careful", "careful of", "avoid agents", "avoid anyone", "do not trust", "don't trust",
    "sabdhan", "sabdhane", "সাবধান", "সাবধানে", "सतर्क रहें",
)
# A purpose begins a statement of its own: a negation in it ("rahega taaki aap bina bataye kaam
# na chhodo", "so that you do not leave") does not reach back to what is done for it.
PURPOSE = ("taaki", "taki", "so that", "jate", "jaate", "ताकि", "যাতে", "in order that")
# Words that end the reach of a negation: "no experience needed, registration fee ..." and
# "no uniform cost but a deposit ...".
SCOPE_END = (
    "but", "however", "lekin", "magar", "par", "kintu", "tobe", "needed", "required",
    "chahiye", "lagbe", "dorkar", "zaruri", "except", "excluding", "apart from", "only",
    "sudhu", "shudhu", "sirf", "keval", "kewal", "শুধু", "সুধু", "केवल", "सिर्फ",
    "लेकिन", "मगर", "কিন্তু",
)


# The employer named as the payer, by any of its names, before a verb of paying or bearing it:
# "visa khoroch niyogkorta dibe", "ticket ka kharcha company dega", "বিমান ভাড়া নিয়োগকর্তা দেবেন",
# "वीज़ा का खर्च नियोक्ता उठाएगा". Every payer with every verb, so that no pairing is left out.
_PAYERS = (
    "employer", "the employer", "company", "the company", "management", "niyogkorta",
    "niyogkarta", "niyokta", "malik", "নিয়োগকর্তা", "নিয়োগকারী", "কোম্পানি", "মালিক",
    "মালিকপক্ষ", "প্রতিষ্ঠান", "नियोक्ता", "कंपनी", "मालिक", "प्रबंधन", "sponsor company",
)
# Verbs of paying or bearing a cost, said of a payer ("trust debe", "sarkar bharegi", "संस्था
# देगी"): with a payer named before it who is not she, the cost is not hers.
PAYS = (
    "dibe", "diben", "debe", "deben", "dey", "den", "dega", "degi", "denge", "deta", "deti",
    "bharega", "bharegi", "bharenge", "uthayega", "uthayegi", "bohon korbe", "bohon korben",
    "pays", "will pay", "bears", "will bear", "দিবে", "দিবেন", "দেবে", "দেবেন", "দেয়", "দেন",
    "বহন করবে", "বহন করবেন", "देगा", "देगी", "देंगे", "देता", "देती", "भरेगा", "भरेगी",
    "उठाएगा", "उठाएगी", "वहन करेगा", "वहन करेगी",
)
FEE_NEGATION = (*FEE_NEGATION, *(f"{payer} {pays}" for payer in _PAYERS for pays in PAYS))
# A payer other than she, named as the one who pays, before or after the cost ("company ne hostel
# ka security deposit khud bhara hai", "the employer has already paid the deposit", "জামানত
# কোম্পানি আগেই দিয়ে দিয়েছে", "Trust pays the school fees", "fee amra debo").
PAYER = (
    *_PAYERS, "trust", "the trust", "foundation", "the foundation", "sanstha", "sangstha",
    "ngo", "the ngo", "society", "samiti", "organisation", "organization", "the hospital",
    "hospital", "the programme", "programme", "government", "the government", "sarkar",
    "sorkar", "we", "hum", "humne", "amra", "আমরা", "हम", "हमने", "ট্রাস্ট", "ফাউন্ডেশন",
    "সংস্থা", "সংস্থাই", "সরকার", "ट्रस्ट", "फाउंडेशन", "संस्था", "सरकार",
)
# Verbs of paying in any tense, said of such a payer.
PAID_BY_PAYER = (
    *PAYS, "pay", "paid", "has paid", "have paid", "has already paid", "covers", "covered",
    "bear", "bore", "meets", "bhara", "bhari", "bhar di", "bhar diya", "bhar dega", "bhar degi",
    "jama kar di", "jama kar diya", "jama karegi", "jama karega", "jama karenge", "de di",
    "de diya", "diya", "di hai", "chuka di", "chuka diya", "chukayegi", "chukayega", "diyechhe",
    "diyeche", "diye diyechhe", "diye diyeche", "diyechen", "dichhe", "dicche", "debo", "dibo",
    "bohon kore", "bohon korche", "bohon korechhe", "porishodh korbe", "porishodh koreche",
    # ... and as a rule, in the habitual present: "सिक्योरिटी राशि कंपनी स्वयं जमा करती है",
    # "jamanat company nijei joma dey", "the employer itself pays it"
    "जमा करती", "जमा करता", "जमा करते", "jama karti", "jama karta", "jama karte", "भरती है",
    "भरता है", "জমা দেয়", "জমা করে দেয়", "joma dey", "jama dey", "joma kore dey",
    "jama kore dey", "itself pays",
    "भरा", "भरी", "भर दी", "भर दिया", "जमा कर दी", "जमा कर दिया", "जमा करेगी", "जमा करेगा",
    "दे दी", "दे दिया", "दिया", "चुका दिया", "चुकाएगी", "चुकाएगा", "वहन करती", "वहन करता",
    "দিয়েছে", "দিয়েছেন", "দিয়ে দিয়েছে", "দিয়ে দিয়েছেন", "দিচ্ছে", "দেবো", "দেব", "বহন করে",
    "বহন করছে", "বহন করেছে", "পরিশোধ করবে", "পরিশোধ করেছে", "জমা দিয়েছে", "জমা দেবে",
    # sponsoring, and paying as a habit: "will sponsor the admission fees", "deposit company
    # bharti hai", "জামানত কোম্পানি ভরে দেয়"
    "sponsor", "sponsors", "will sponsor", "funds", "will fund", "bharti hai", "bharta hai",
    "bharte hain", "भरती है", "भरता है", "भरते हैं", "bhore dey", "bhore debe", "ভরে দেয়",
    "ভরে দেবে",
)
