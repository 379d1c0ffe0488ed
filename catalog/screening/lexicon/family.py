"""Money to someone other than the worker, for `advance_to_family`: an advance, a relative or
the head of her household, a wage handed over, and her own account, which undoes it.
"""

ADVANCE = (
    "advance", "advance salary", "advance money", "peshgi", "peshgi rakam", "agrim",
    "agrim taka", "dadan", "dadon", "bayana", "loan", "karz", "karza", "karja", "rin",
    "upfront", "lump sum", "ekmusht", "cash", "एडवांस", "पेशगी", "अग्रिम", "बयाना", "कर्ज",
    "অগ্রিম", "অ্যাডভান্স", "দাদন", "ঋণ", "নগদ", "agam", "আগাম",
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
    "abbu", "abbake", "amma", "ammi", "mata", "ma ke", "maa ko", "swami",
    "swamir", "swamike", "shami", "shamir", "pati", "patike", "husbands",
    # or whoever stands for her household: the village head, a local broker of her family
    "village head", "pradhan", "gram pradhan", "sarpanch", "matbar", "mathbar", "মাতব্বর",
    "প্রধান", "সরপঞ্চ", "सरपंच", "प्रधान", "ग्राम प्रधान",
    "in laws", "sasur", "sasural", "shoshur", "shoshurbari", "mukhiya", "ghar ke mukhiya",
    "barir korta", "poribarer korta", "korta ke", "brother", "bhai", "bhaiya", "uncle",
    "chacha", "relative", "relatives", "rishtedar", "attiyo",
    "mayer hate", "babar hate", "mayer kache", "babar kache", "abbar hate", "ammar hate",
    "ghar bheji", "ghar bheja", "ghar bhej", "ghar par bheja", "ghar bheji jayegi",
    "ghar bheja jayega", "barite pathano", "bari pathano", "sent to the village", "gaon bheja",
    "papa", "mummy", "mummy papa", "mammi", "mumma", "पापा", "मम्मी", "मम्मी पापा", "मां", "माँ", "মা", "বাবার কাছে", "মায়ের কাছে", "স্বামীর কাছে",
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
# The family named as coming to live with her ("परिवार सहित रहने को कमरा", "stay with family",
# "poribar niye thaka"): whom the quarters house, not whom money is paid to.
ACCOMPANIED = (
    "sahit", "samet", "ke saath", "ke sath", "saath", "sath", "niye", "shoho", "soho",
    "सहित", "समेत", "के साथ", "साथ", "সহ", "সহিত", "সমেত", "নিয়ে", "সঙ্গে",
)
# A family hired as one: "parivar chahiye", "families wanted", "পরিবার চাই".
WANTED = (
    "chahiye", "chaiye", "chahie", "chahiye sath", "wanted", "required", "needed", "chai",
    "dorkar", "proyojon", "चाहिए", "चाहिये", "चाहिएं", "চাই", "দরকার", "প্রয়োজন",
)
ACCOMPANYING = ("with", "with your", "with her", "along with", "together with")

# Handed to someone: a wage and a relative make a payment to him only with one of these ("salary
# handed to the husband", "pati ke khate mein jayegi"), not in "a salary to support your family".
HANDED = (
    "paid", "pay", "given", "give", "handed", "hand", "hands", "sent", "send", "transfer",
    "transferred", "credited", "hate", "haath", "hath", "khate", "khata", "account", "milegi",
    "milega", "milenge", "diya", "di", "dee", "dia", "deya", "dewa", "dibe", "debe", "jabe",
    "jayegi", "jaegi", "jayega", "pabe", "bheji", "bheja", "to",
    "हाथ", "खाते", "दी", "दिया", "दिए", "मिलेगी", "मिलेगा", "जाएगी", "भेजी", "को",
    "হাতে", "খাতে", "দেওয়া", "দেয়া", "পাবে", "যাবে", "অ্যাকাউন্টে", "পাঠানো",
    # sent or given, in every person and tense: "salary seedha mummy-papa ko bhej denge",
    # "বেতন বাবা-মাকে পাঠিয়ে দেবে", "वेतन माता-पिता को भेजेंगे"
    "bhej", "bhejenge", "bhej denge", "bhej dege", "bheji jayegi", "bheja jayega", "bhejegi",
    "bhejega", "denge", "de denge", "dega", "degi", "pathabe", "pathabo", "pathiye",
    "pathiye debe", "pathano hobe", "भेज", "भेजेंगे", "भेज देंगे", "भेजी जाएगी", "भेजा जाएगा",
    "देंगे", "दे देंगे", "देगा", "देगी", "পাঠাবে", "পাঠিয়ে", "পাঠিয়ে দেবে", "পাঠানো হবে",
    "দেবে", "দিয়ে দেবে",
)

# The worker's own account or hand, which undoes "family" next to a wage: "each paid to their
# own account", "dujoner beton nijer nijer account e".
OWN = (
    "own", "her own", "your own", "their own", "own account", "herself", "yourself", "nijer",
    "aapko", "to you", "apnake", "tomake", "আপনাকে", "आपको",
    "nijer nijer", "apne", "apna", "apni", "apne apne", "swayam", "khud", "নিজের",
    "নিজের নিজের", "अपने", "अपना", "अपनी", "खुद", "स्वयं",
    # hers, said to her: "aapke bank khate me", "আপনার অ্যাকাউন্টে"
    "aapke", "aap ke", "apnar", "tomar", "आपके", "आपकी", "আপনার", "তোমার",
)
# Money paid to someone: the wage itself, handed over.
WAGE_PAID = (
    "salary", "wage", "wages", "pay", "paid", "income", "payment", "amount", "beton", "tankha",
    "tankhwah", "vetan",
    "kamai", "maine", "বেতন", "মাইনে", "वेतन", "तनख्वाह", "कमाई", "gift", "inam", "inaam",
    "uphar", "उपहार", "इनाम", "উপহার",
)
