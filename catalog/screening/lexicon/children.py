"""Children sought as workers, for `minor_targeted`: named so, by an age or a school class, or
said to work too; and children as the people served (taught, minded), who are not.
"""

MINOR = (
    "school girl", "school girls", "schoolgirl", "schoolgirls", "school going girls",
    "kishori", "kishoris", "teenage", "teenager", "teenagers", "minor",
    "minors", "under 18", "below 18", "less than 18", "nabalik", "nabalig", "nabalika",
    "kam umar", "kam umr", "kam umar ki", "choti umar", "kachi umar", "young girls",
    "young girl", "chhoti ladki", "chhoti ladkiyan", "kochi meye", "choto meye",
    "olpo boyosi", "alpo boyoshi", "school jaane wali", "school jane wali", "school wali",
    "school wali ladkiyan", "school ki ladkiyan", "school pora meye", "skul pora meye",
    "schoole pora", "स्कूल जाने वाली", "स्कूल की लड़कियां", "স্কুলপড়ুয়া", "স্কুলে পড়া",
    "bachchi", "bacchi", "chhoti bachchi", "choti bachchi",
    "बच्ची", "छोटी बच्ची", "ছোট মেয়ে", "কচি মেয়ে",
    "किशोरी", "किशोरियां", "नाबालिग", "कम उम्र", "स्कूली लड़कियां", "छोटी लड़कियां",
    "কিশোরী", "নাবালিকা", "নাবালক", "অল্পবয়সী", "কম বয়সী", "স্কুলের মেয়ে",
    # the words for a minor, and an age made older on her papers
    "underage", "under age", "अवयस्क", "अल्पवयस्क", "বালিকা শ্রমিক", "অপ্রাপ্তবয়স্ক",
    "অপ্রাপ্ত বয়স্ক", "oprapto boyoski", "oprapto boyosko", "komboyosi", "কমবয়সী",
    "বয়স বাড়িয়ে", "boyos bariye", "umar badha", "umar badhakar", "उम्र बढ़ा", "उम्र बढ़ाकर",
    "age increase", "age will be increased", "fake age", "age certificate arranged",
)
# The class a girl is in, named as a range without "pass": "class 8 se 10", "class 7-9".
SCHOOL_CLASS = ("class", "klas", "std", "standard", "shreni", "kaksha", "ক্লাস", "শ্রেণি",
                "শ্রেণী", "কক্ষা", "कक्षा", "क्लास")
PASSED = ("pass", "paas", "passed", "uttirno", "utteern", "পাস", "উত্তীর্ণ", "पास", "उत्तीर्ण")
# Words next to which a number from 10 to 17 is an age ("age 15+", "umar 16").
AGE_WORD = (
    "age", "aged", "umar", "umr", "umra", "umer", "oomar", "boyos", "boyosh", "boyes",
    "bayas", "bayos", "aayu", "ayu", "years old", "year old", "yrs old", "saal ki", "sal ki",
    "saal ke", "bochhorer", "bochorer", "boyosher", "boyoser", "boyeser", "bayaser",
    "বয়সের", "বয়স", "উমর", "বছরের", "उम्र", "उमर", "आयु", "साल की",
)
# With a floor ("16 saal se upar", "16 years and above") a number from 10 to 17 is an age too.
AGE_ABOVE = (
    "above", "and above", "plus", "or more", "upwards", "se upar", "se jyada", "se zyada",
    "theke beshi", "er upore", "upore", "ऊपर", "से ऊपर", "উপরে", "বেশি",
    # "১৩ বছর থেকে মেয়ে নেওয়া হবে": from an age, upwards
    "theke", "thheke", "থেকে",
    # "১৪ বছর বা তার বেশি", "16 saal ho to chalega", "১৬ বছর হলেই চলবে"
    "বা তার বেশি", "ba tar beshi", "or older", "ya usse adhik", "या उससे अधिक", "या अधिक",
    "হলেই চলবে", "holei cholbe", "hole cholbe", "ho to chalega", "ho to chalegi",
    "हो तो चलेगा", "हो तो चलेगी", "is enough", "will do",
    # the age said to do "even so": "১৭ বছর হলেও চলবে", "17 ki ho tab bhi chalega", "girls of
    # 17 years are also fine"
    "হলেও চলবে", "হলেও হবে", "holeo cholbe", "holeo hobe", "bhi chalega", "bhi chalegi",
    "भी चलेगा", "भी चलेगी", "also fine", "are fine", "is fine", "also accepted",
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
    # one girl, and the girls in the oblique case: "कक्षा 7 पास लड़की", "लड़कियों की भर्ती"
    "लड़की", "लड़कियों", "ladkiyon", "larki", "larkiyan",
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
    # the adults of a school's hostel, who look after its girls
    "matron", "matrons", "warden", "wardens", "hostel warden", "hostel matron", "वार्डन",
    "मैट्रन", "ওয়ার্ডেন", "মেট্রন",
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
    "baccharao", "বাচ্চারা ও", "bachchara o", "bachcharao", "ছেলেমেয়েরাও", "chhelemeyerao",
    "chhele meyerao",
)
CHILD_WORK = (
    "work", "kaam", "kam", "kaj", "kaaj", "काम", "কাজ", "पाथ", "paath", "bana", "banana",
    "banate", "बना", "बनाना", "mould", "moulding", "korte parbe", "kar sakte", "कर सकते",
    "সকতে", "পারবে", "parbe", "सकते",
    # a hand lent to the work: "haath batayein", "হাত লাগাবে", "lend a hand", "pitch in"
    "haath batayein", "haath bataye", "haath bataenge", "haath bataate", "haath batana",
    "hath batayein", "hath bataenge", "हाथ बटाएं", "हाथ बटाएँ", "हाथ बंटाएं", "हाथ बंटाएंगे",
    "हाथ बँटाएं", "हाथ बटाना", "हाथ बंटाना", "hat lagabe", "hat lagate", "hat lagay",
    "haat lagabe", "হাত লাগাবে", "হাত লাগাতে", "হাত লাগায়", "lend a hand", "pitch in",
)
# Schooling offered to learners (open schooling, an exam, admission, school fees paid): an age
# under 18 named for it is a learner's, not a worker's, unless work is named beside it (a
# stipend alone is no schooling: "trainee beautician, 16-17, stipend 12,000" is a job).
SCHOOLING = (
    "nios", "open school", "open schooling", "open university", "board exam", "class 10 exam",
    "sit the exam", "enrol", "enrols", "enrolling", "enrolment", "enrollment", "admission",
    "admissions", "dakhila", "daakhila", "bhorti", "bharti", "study centre", "study center",
    "tutorial class", "tutorial classes", "school fees", "school fee", "padhai", "porashona",
    "पढ़ाई", "दाखिला", "प्रवेश", "ओपन स्कूल", "परीक्षा", "ভর্তি", "পড়াশোনা", "পরীক্ষা",
    "পরীক্ষার", "উন্মুক্ত বিশ্ববিদ্যালয়", "এসএসসি", "ssc", "hsc",
)
# Work named, even denied ("বেতন নেই, বিনিময়ে স্কুলে পড়ানো হবে"): with it, a schooling offer to
# minors is a work offer to them too.
WORK_OFFERED = (
    "job", "jobs", "work", "works", "naukri", "kaam", "kaj", "kaaj", "kaje", "काम", "नौकरी",
    "কাজ", "কাজে", "চাকরি", "chakri", "mill", "factory", "karkhana", "কারখানা", "কারখানায়",
    "कारखाना", "कारखाने", "shift", "duty", "salary", "vetan", "beton", "tankhwah", "বেতন",
    "वेतन", "तनख्वाह", "wage", "wages", "mazdoori", "majuri", "মজুরি", "मजदूरी", "helper",
    "helpers", "dokan", "dokane", "দোকানে", "lump sum", "trainee", "trainees", "apprentice",
    "apprentices", "staff", "stay with", "live in", "ghar ke kaam",
    # work given in return for the schooling: "in return they help with household chores",
    # "बदले में रसोई में हाथ बंटाएँगी", "বিনিময়ে থাকা-খাওয়া আর স্কুলে পড়ানো হবে"
    "in return", "in exchange", "chores", "household", "help with", "kitchen", "cooking",
    "cleaning", "sewing", "packing", "badle", "badle me", "badle mein", "बदले", "बदले में",
    "रसोई", "हाथ बंटा", "हाथ बंटाएँगी", "binimoye", "bodole", "বিনিময়ে", "বদলে", "রান্না",
    "ranna", "খাটুনি",
)
# Minors refused: a minor or an age named a few words from a refusal to hire them ("no one under
# 18 is hired", "18 साल से कम उम्र वालों को काम नहीं दिया जाता", "১৮ বছরের কম বয়সীদের কাজে নেওয়া হয়
# না"), or from "adults only". Not "adult" alone ("girls 15-17 and adult women"), nor a rule of
# the workplace ("phones not allowed").
MINOR_REFUSED = (
    "not hired", "not be hired", "do not hire", "don t hire", "never hire", "not employed",
    "not be employed", "do not employ", "don t employ", "not accepted", "not be accepted",
    "adults only", "only adults", "adult women only", "only adult women",
    "kaam nahi diya jata", "kaam nahi diya jaata", "kaam par nahi rakha jata",
    "nahi rakha jata", "nahi rakhe jate", "nahi rakhte", "sirf vayask", "keval vayask",
    "काम नहीं दिया जाता", "नहीं रखा जाता", "नहीं रखे जाते", "नहीं रखते", "केवल वयस्क", "सिर्फ वयस्क",
    "kaj deoa hoy na", "kaj deya hoy na", "kaje neoa hoy na", "neoa hoy na", "neya hoy na",
    "shudhu praptoboyosko", "কাজ দেওয়া হয় না", "কাজে নেওয়া হয় না", "নেওয়া হয় না", "নেওয়া হবে না",
    "শুধু প্রাপ্তবয়স্ক", "কেবল প্রাপ্তবয়স্ক",
)
# Learners an adult teaches or mentors (the girls of a bridge course, a learning camp, a club):
# the words of teaching them, beside `TEACHING_CARE`, and the adults sought to do it (women,
# a pass or a degree). Girls or an age named as those the classes are for ("bridge classes for
# out-of-school girls (age 9-14)", "10-14 वर्ष की बालिकाओं के लिए", "মেয়েদের পড়ানোর জন্য") are
# learners served, not workers.
LEARNING = (
    "educator", "educators", "facilitator", "facilitators", "instructor", "instructors",
    "mentor", "mentors", "bridge course", "bridge class", "bridge classes", "classes",
    "catch up classes", "learning camp", "learning camps", "life skills", "literacy",
    "shiksha kendra", "shiksha sahayika", "anudeshak", "porano", "poranor", "shikkhika",
    "padhane", "padhana", "ब्रिज कोर्स", "कक्षाएँ", "कक्षाएं", "शिक्षा केंद्र", "शिक्षा सहायिका",
    "अनुदेशक", "पढ़ाने", "पढ़ाना", "शिक्षिका", "साक्षरता", "পড়ানো", "পড়ানোর", "শিক্ষিকা",
    "পাঠশালা", "ব্রিজ কোর্স", "সাক্ষরতা", "school", "schools", "स्कूल", "স্কুল", "hostel warden",
    "warden", "club", "course",
)
ADULT_SOUGHT = (
    "women", "woman", "mahila", "mohila", "mahilayen", "mahilaon", "महिला", "महिलाओं", "महिलाएं",
    "মহিলা", "নারী", "graduate", "graduates", "snatak", "স্নাতক", "स्नातक", "12th pass",
    "12vi pass", "hs pass", "12वीं पास", "दसवीं पास", "দ্বাদশ পাস", "adult", "adults",
)
