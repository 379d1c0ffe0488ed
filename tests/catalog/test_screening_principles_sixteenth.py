"""Screening principles by class of error, after the sixteenth held-out split (frozen16, since
used as development data). Lawful recruitment abroad had been corrected on earlier wordings and
frozen16's new ones still fired three times over; so did a catalogue model who also serves in a
showroom, a household cook hired through an agency, and a hostel whose residents keep their own
papers; and two lures went by: a bank card and SIM kept by a contractor, and romanised Bengali
for an advance paid home and Aadhaar cards kept. Each class is a table of openings of our own
(fictional employers, other names, places and sentence shapes than the split's), in English,
Hindi and Bengali, script and Latin, written before the rules were corrected, then lures that a
too-wide exception would let through.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases
from tests.catalog.test_screening import codes

CASES = Cases()
FUN = "entertainment_lure"
FEE = "fee_charged"
ABROAD = "overseas_travel"
WAGE = "wage_outlier"
PAPERS = "documents_retained"
ADVANCE = "advance_to_family"
GULF = {"trade": "hospital_housekeeping", "wage": 34_000, "district": "Pune"}
TTC = {"trade": "housekeeping_room_attendant", "wage": 30_000, "district": "Rajshahi"}
MODEL = {"trade": "retail_sales", "wage": 15_000, "district": "Jaipur"}
COOK = {"trade": "domestic_cook", "wage": 12_500, "district": "Kolkata"}
SEWING = {"trade": "sewing_dress_making", "wage": 11_000, "district": "Ludhiana"}
BUILD = {"trade": "construction_labour", "wage": 15_000, "district": "Murshidabad"}

# a lawful route abroad whose costs the employer bears: a licensed agent or eMigrate, the
# employer named as paying the visa, ticket and the agent's charge, the worker paying nothing;
# neither the fee, nor the journey, nor the destination's wage is a lure's.
CASES.rows("the_employer_bears_the_costs_of_a_lawful_route", [
    *[(flag, False, text, GULF) for flag in (FEE, ABROAD, WAGE) for text in (
        "Sahyadri Overseas Placements (licensed recruiting agent, registered on eMigrate) "
        "seeks ward cleaners for a clinic in Dammam. The employer pays the visa, air ticket "
        "and our service charge; workers pay nothing. SAR 1,600 a month with housing.",
        "Licensed RA Kaveri Manpower, eMigrate registered: housekeeping staff for a Kuwait "
        "hospital. Our recruitment charge and the visa are paid by the hospital; the candidate "
        "pays nothing at all. KWD 130 a month.",
        "Recruiting agent licence on eMigrate; cleaners for a Doha medical centre. Service "
        "charge, visa and flight are borne by the employer, zero cost to the worker.",
        "Registered RA, eMigrate: Oman hospital cleaners. Employer pays visa, ticket and our "
        "fee. Candidates pay nothing. OMR 150 per month.",
        "लाइसेंसधारी भर्ती एजेंट, ईमाइग्रेट पर पंजीकृत: सऊदी अस्पताल के लिए सफाई कर्मी। वीज़ा, "
        "टिकट और हमारा सर्विस चार्ज नियोक्ता देगा, उम्मीदवार से कोई पैसा नहीं। वेतन 1,500 रियाल।",
        "Licensed agent, eMigrate registered, Dubai hospital cleaner. Visa, ticket aur hamara "
        "service charge company degi, worker kuch nahi dega. Salary 1,500 dirham.",
        "বিএমইটি লাইসেন্সপ্রাপ্ত রিক্রুটিং এজেন্সি: সৌদি হাসপাতালে ক্লিনার। ভিসা, টিকিট ও আমাদের "
        "সার্ভিস চার্জ নিয়োগকর্তা দেবেন, কর্মীকে কোনো টাকা দিতে হবে না। বেতন ১,৫০০ রিয়াল।",
        "BMET licensed agency, Qatar hospital e cleaner. Visa, ticket o service charge malik "
        "debe, kormi ke kono taka dite hobe na. Beton 1,500 riyal.",
    )],
    # ... and a charge the worker must pay, licensed or not, stays a fee and the route unlawful
    (FEE, True, "Saudi hospital cleaners, licensed agent, pay Rs 1.5 lakh service charge "
     "before visa.", GULF),
    (FEE, True, "eMigrate registered agent. Employer pays the visa; you pay our service charge "
     "of Rs 80,000 before the ticket.", GULF),
    (ABROAD, True, "Licensed RA for Kuwait hospital cleaners, visa free from employer, but "
     "service charge Rs 1,20,000 to be paid by the candidate.", GULF),
    (FEE, True, "Licensed agent, Dubai cleaner job. Service charge 90,000 rupaye aapko dena "
     "hoga, visa company degi.", GULF),
])

# a public training centre's own nominal fee (a TTC, a government course) is not a fee asked
# for a job; the lawful route after it (BMET, smart card) is not a lure's journey or wage.
CASES.rows("a_public_course_fee_and_a_lawful_route_after_it", [
    *[(flag, False, text, TTC) for flag in (FEE, ABROAD, WAGE) for text in (
        "কারিগরি প্রশিক্ষণ কেন্দ্র (টিটিসি), রাজশাহীতে তিন মাসের কেয়ারগিভার কোর্স। সরকারি ফি "
        "সামান্য। কোর্স শেষে বিএমইটি নিবন্ধন করে বৈধভাবে জাপানে চাকরির সুযোগ, বেতন মাসে প্রায় "
        "৪৫,০০০ টাকা। দালাল এড়িয়ে চলুন।",
        "TTC Rajshahi, housekeeping course 2 mash, sarkari fee nammatro. Course er pore BMET "
        "registration o smart card diye boidho bhabe Saudi te hotel e kaj, beton 40,000 taka.",
        "Technical Training Centre, Bogura: housekeeping course; the government fee is nominal. "
        "After it, BMET registration and a smart card for lawful hotel work in the Gulf, about "
        "Tk 42,000 a month. Pay no broker.",
    )],
    # ... and a course that leads to a visit visa, or a broker's fee, stays a lure
    (ABROAD, True, "TTC course, then Dubai on visit visa; salary 45,000 taka.", TTC),
    (ABROAD, True, "টিটিসি কোর্সের পরে ভিজিট ভিসায় দুবাই, বেতন ৪৫,০০০ টাকা।", TTC),
    (FEE, True, "TTC course shesh hole dalal ke 3 lakh taka dite hobe, tarpor Saudi.", TTC),
])

# a catalogue model who also assists customers in a showroom by day: the customers are the
# shop's buyers, not patrons she keeps company.
CASES.rows("a_catalogue_model_serving_in_a_showroom", [
    *[(FUN, False, text, MODEL) for text in (
        "Rangrez Prints, Johari Bazaar, wants a female catalogue model cum showroom assistant "
        "to model our block-print kurtas for our website and help customers in the shop. "
        "Rs 15,000 a month; shoots in our store during working hours.",
        "Catalogue model and counter assistant for Leheriya House, MI Road: model our dupattas "
        "for our own Instagram and attend to customers at the counter, 10 am to 7 pm.",
        "Woman wanted as catalogue model and sales assistant at Gota Patti Sarees: wear our "
        "sarees for the website photos and show sarees to customers; salary Rs 14,500.",
        "Showroom assistant cum model, Chunri Collection: model our lehengas for our catalogue "
        "and serve customers in the showroom, daytime only.",
        "Mahila catalogue model aur showroom sahayak chahiye, Bandhej Ghar: hamari sarees ki "
        "website photos aur grahakon ki madad dukaan mein, din mein.",
        "बंधेज घर को कैटलॉग मॉडल और शोरूम सहायक चाहिए: वेबसाइट के लिए साड़ियाँ पहनकर फोटो, और "
        "दुकान में ग्राहकों की मदद, दिन में।",
        "শাড়ি ঘর, গড়িয়াহাট: ক্যাটালগ মডেল ও শোরুম সহকারী চাই, ওয়েবসাইটের ছবির জন্য শাড়ি পরা "
        "আর দোকানে ক্রেতাদের সাহায্য, দিনের বেলায়।",
        "Catalogue model o showroom assistant chai, Tant Bari: website er chhobi ar dokane "
        "kreta der sahajyo, dine.",
        # (added after the first run)
        "Model cum sales girl for Pichwai Threads: pose in our kurtis for the online store and "
        "help customers choose at the counter; Rs 14,000, 10 to 7.",
        "शोरूम सहायिका सह मॉडल, मीनाकारी आर्ट्स: हमारे आभूषणों के कैटलॉग की फोटो और शोरूम में "
        "ग्राहकों को गहने दिखाना, दिन में।",
        "Dukaan mein grahakon ko suit dikhana aur hamare catalogue ke liye model banna, Phulkari "
        "Point, 10 se 7 baje.",
        "দোকানে ক্রেতাদের শাড়ি দেখানো আর আমাদের ক্যাটালগের মডেল, বালুচরী হাউস, সকাল ১০টা থেকে "
        "সন্ধ্যা ৭টা।",
    )],
    # ... and a model sent to keep clients company stays a lure
    (FUN, True, "Catalogue model cum showroom assistant; evenings accompany our VIP clients to "
     "hotel dinners.", MODEL),
    (FUN, True, "Showroom model, raat mein grahakon ke saath party mein jana hoga.", MODEL),
])

# a household that hires its cook: the family she cooks for is her employer's, not a family to
# whom money is paid; "no commission to the worker" is no advance either.
CASES.rows("the_family_she_cooks_for_is_the_employer", [
    *[(ADVANCE, False, text, COOK) for text in (
        "Household in Salt Lake needs a cook for Bengali meals for a family of five. Rs 12,500 "
        "a month into your own bank account, Sunday off, 7 to 11 am and 6 to 8 pm.",
        "Cook for a family of 3 in Ballygunge, vegetarian food. Rs 12,000 per month, paid on "
        "the 1st to your own account, via a registered placement agency, no commission charged "
        "to the worker.",
        "A family of four in New Town wants a cook, two meals a day. Rs 11,000 a month, weekly "
        "off.",
        "Parivar ke liye khana banane wali chahiye, 4 log, Alipore. Rs 12,000 mahina, apne bank "
        "khate mein, hafte mein ek chhutti.",
        "चार लोगों के परिवार के लिए रसोइया चाहिए, बेहाला में। 12,000 रुपये महीना, अपने बैंक "
        "खाते में।",
        "পাঁচজনের পরিবারের জন্য রাঁধুনি চাই, যাদবপুরে। মাসে ১২,০০০ টাকা, নিজের ব্যাংক অ্যাকাউন্টে, "
        "সপ্তাহে এক দিন ছুটি।",
        "Tin joner poribar er jonno randhuni chai, Dumdum. Mashe 12,000 taka, nijer account e.",
        # (added after the first run: the split's shape, a count and then the pay)
        "Cook wanted by a family of 3. Rs 12,000 a month paid into your own account.",
        "Home in Kasba needs a cook for a family of five. Rs 11,500 per month paid to your "
        "own bank account.",
        "Khana banane wali, family of 4. Rs 12,000 mahina paid to your own account.",
        "চার জনের পরিবার। মাসে ১২,০০০ টাকা দেওয়া হবে।",
        "Family of six, Gariahat. Rs 13,000 per month paid by bank transfer to your own account.",
    )],
    # ... and money paid to her family stays an advance
    (ADVANCE, True, "Cook for a family of four; Rs 20,000 advance paid to your family before "
     "you join.", COOK),
    (ADVANCE, True, "Randhuni chai, poribar ke age 15,000 taka advance deya hobe.", COOK),
])

# residents who keep their own papers and phones: hers, not held.
CASES.rows("her_own_papers_kept_by_her", [
    *[(PAPERS, False, text, SEWING) for text in (
        "Free hostel for women workers; residents keep their own phones and documents and may "
        "go out freely.",
        "Hostel provided; every worker keeps her own ID cards and mobile phone.",
        "Women's hostel with meals; you keep your own Aadhaar, bank card and phone with you.",
        "Hostel free, workers apne documents aur phone khud rakhte hain, bahar ja sakte hain.",
        "छात्रावास मुफ्त, कामगार अपने दस्तावेज़ और फोन अपने पास रखती हैं।",
        "হোস্টেল ফ্রি, কর্মীরা নিজেদের কাগজপত্র ও ফোন নিজের কাছে রাখেন।",
        "Hostel free, kormira nijeder kagoj o phone nijer kache rakhen.",
    )],
    # ... and papers kept by another stay held
    # (first written "keeps residents' documents", which also reads as a care home's task of
    # its residents' papers, so set aside; the workers named instead)
    (PAPERS, True, "Free hostel; the warden keeps the workers' documents and phones.", SEWING),
    (PAPERS, True, "ATM card and SIM card will be kept with the contractor for safety.",
     SEWING),
    (PAPERS, True, "Your bank card and phone stay with the supervisor till the contract ends.",
     SEWING),
    (PAPERS, True, "ATM card aur SIM thekedar apne paas rakhega, salary cash mein milegi.",
     SEWING),
    (PAPERS, True, "এটিএম কার্ড আর সিম ঠিকাদারের কাছে থাকবে, বেতন নগদে।", SEWING),
    (PAPERS, True, "Contractor will open a bank account for you and keep the ATM card; salary "
     "withdrawn and given in cash.", SEWING),
])

# a warning given as the keeper's reason ("so that nobody cheats you") is no warning against
# the practice: the papers are still kept; a warning to her stays a warning.
CASES.rows("a_warning_given_as_the_reason_for_keeping", [
    (PAPERS, True, "Contractor will open a bank account for you; ATM card and SIM card will be "
     "kept with contractor for safety so that nobody cheats you.", SEWING),
    (PAPERS, True, "Your ATM card will stay with the supervisor so that nobody cheats you.",
     SEWING),
    (PAPERS, True, "Passbook and ATM card kept by the manager so that no one cheats you.",
     SEWING),
    (PAPERS, False, "Beware of cheats who ask you to hand over your ATM card; keep it yourself.",
     SEWING),
    # (added after the first run)
    (PAPERS, True, "Mobile and Aadhaar card will be kept by the supervisor so that nobody "
     "cheats you in the city.", SEWING),
    (PAPERS, False, "No one keeps your ATM card or phone; beware of anyone who cheats you this "
     "way.", SEWING),
])

# romanised Bengali: an advance given at home before leaving, cards kept by the contractor.
CASES.rows("romanised_bengali_advance_and_papers", [
    (ADVANCE, True, "Jawar age barite 10,000 advance deya hobe, pore mojuri theke kata jabe.",
     BUILD),
    (ADVANCE, True, "Jaoar age poribar ke 8,000 taka advance dewa hobe.", BUILD),
    (ADVANCE, True, "Barite agam 12,000 taka pathano hobe, pore beton theke katbe.", BUILD),
    (PAPERS, True, "Contractor sobar Aadhaar card nijer kache rakhbe, kaj sesh hole ferot.",
     BUILD),
    (PAPERS, True, "Munshi sobar voter card nijer kache rakhbe.", BUILD),
    (PAPERS, True, "Thikadar Aadhaar card rekhe debe, kaj sesh e ferot.", BUILD),
    # (added after the first run)
    (ADVANCE, True, "Ghar par 15,000 advance diya jayega, mazdoori se katega.", BUILD),
    (ADVANCE, True, "যাওয়ার আগে বাড়িতে ১০,০০০ টাকা আগাম দেওয়া হবে।", BUILD),
    (PAPERS, True, "Sardar sobar Aadhaar card nijer kache rakhbe, season sesh e ferot.", BUILD),
    # ... and her own card kept by her, her home as where she works, is not
    (PAPERS, False, "Sobai nijer Aadhaar card nijer kache rakhben.", BUILD),
    (ADVANCE, False, "Barite bose selai er kaj, mashe 8,000 taka nijer account e.", SEWING),
    (ADVANCE, False, "Ghar baithe packing ka kaam, Rs 9,000 mahina apne khate mein.", SEWING),
])


@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
