"""Screening principles by class of error, after the eighteenth and nineteenth held-out splits
(frozen18 and frozen19, since used as development data). First a recall hole: her papers said to
be kept by someone else in the keeper's own plain verb ("एजेंट रखेगा", "kafeel ke paas jama
hoga", "held by the company", "they are kept by the employer") raised nothing, most of all after
her keeping was denied ("worker ke paas nahi"), whose negation undid the papers themselves. A
negation that denies her keeping is spent on it; the keeper's verb is read in every gender and
number, as an English subject's "holds", and of the papers named again ("they", "it", "ये",
"এটা") in the next clause. Each row is an opening of our own (fictional employers), in English,
Hindi and Bengali, script and Latin, written before the rules were corrected; then openings
where the papers are hers, copies, checked and returned, or the people served's.
"""
from __future__ import annotations

import pytest

from tests.catalog.screening_table import Cases
from tests.catalog.test_screening import codes

CASES = Cases()
PAPERS = "documents_retained"
DRIVE = {"trade": "commercial_driver", "wage": 44_000, "district": "Lucknow"}
DESK = {"trade": "housekeeping_room_attendant", "wage": 12_000, "district": "Kolkata"}

# her papers kept by someone else, said with the keeper's plain verb (the six were round 18's
# strict-xfail gaps)
CASES.add("kept_by_someone_else_in_a_plain_verb", PAPERS, True, [
    "सऊदी ड्राइवर, ईमाइग्रेट। पासपोर्ट उम्मीदवार के पास नहीं रहेगा, एजेंट रखेगा दो साल।",
    "Qatar driver, salary 2,000 riyal. Passport aapke paas nahi rahega, kafeel ke paas jama "
    "hoga.",
    "ওমানে ড্রাইভার। পাসপোর্ট কর্মীর কাছে নয়, মালিকের কাছে থাকবে চুক্তি শেষ না হওয়া পর্যন্ত।",
    "Licensed agency, Riyadh fleet drivers. The passport will not stay with the worker; the "
    "sponsor keeps it for two years.",
    "eMigrate cleared, Doha drivers. Passport not with the worker, held by the company till "
    "the contract ends.",
    "Registered RA, Bahrain drivers. Passports do not remain with the worker, they are kept by "
    "the employer for the contract period.",
    # written with them
    "Licensed agency, Jeddah drivers. Your passport is kept by the sponsor for the whole "
    "contract.",
    "Warehouse helpers, Kuwait. The employer keeps the passport and civil ID for safety.",
    "Factory packers, Chennai. Aadhaar card and ATM card are held by the supervisor till the "
    "bond ends.",
    "Domestic work, Riyadh. The kafeel holds the passport; SIM card is given to the broker on "
    "arrival.",
    "Dubai cleaners. The management will hold all workers' passports during the contract.",
    "Bahrain cleaners. Passport will not remain with you; the agent holds it till the visa ends.",
    "Oman drivers. Passport not with the candidate, it is kept by the sponsor.",
    "Kuwait helpers. Passport and civil ID at the airport. They are held by the company till "
    "the contract ends.",
    "सऊदी में ड्राइवर। पासपोर्ट कंपनी रखेगी जब तक अनुबंध चलेगा।",
    "दुबई में हेल्पर। आपका पासपोर्ट मालिक अपने पास रखेगा, सुरक्षा के लिए।",
    "फैक्ट्री पैकिंग, सूरत। आधार कार्ड और एटीएम कार्ड सुपरवाइजर के पास जमा होगा।",
    "दुबई ड्राइवर। पासपोर्ट कर्मचारी के पास नहीं, मालिक रखेगा।",
    "कुवैत में हेल्पर। पासपोर्ट आपके पास नहीं रहेगा, कंपनी के पास जमा होगा।",
    "सऊदी ड्राइवर। पासपोर्ट जॉइनिंग पर लाएं, ये मालिक के पास रहेंगे दो साल।",
    "Oman driver job. Passport sponsor rakhega 2 saal, safety ke liye.",
    "Packing kaam, Surat. Aadhaar aur ATM card supervisor ke paas jama hoga.",
    "Saudi helper. Passport worker ke paas nahi, malik rakhegi.",
    "Qatar driver. Passport aapke paas nahi, company rakhegi contract tak.",
    "Dubai helper. Passport joining pe lana, ye kafeel ke paas jama rahega.",
    "সৌদিতে ড্রাইভার। পাসপোর্ট মালিক রাখবে চুক্তি শেষ না হওয়া পর্যন্ত।",
    "গার্মেন্টস, গাজীপুর। এনআইডি কার্ড সুপারভাইজারের কাছে জমা থাকবে।",
    "ওমানে হেল্পার। পাসপোর্ট আপনার কাছে নয়, কোম্পানি রাখবে।",
    "কুয়েতে ড্রাইভার। পাসপোর্ট কর্মীর কাছে থাকবে না, দালাল রাখবে দুই বছর।",
    "কাতারে ড্রাইভার। পাসপোর্ট নিয়ে আসুন, এটা মালিক রাখবে দুই বছর।",
    "Garments job, Gazipur. NID card supervisor er kache jama thakbe.",
    "Dubai kaj. Passport apnar kache noy, malik er kache thakbe.",
    "Saudi driver. Passport kormir kache na, kafil rakhbe contract sesh porjonto.",
    "Oman helper. Passport niye asben, eta company rakhbe contract sesh porjonto.",
], **DRIVE)

# hers, copies, checked and returned, kept as information, the people served's, the employer's own
CASES.add("not_her_papers_kept", PAPERS, False, [
    "Licensed agency, Jeddah drivers. Original passport checked and returned the same day.",
    "Hotel drivers, Lucknow. Bring your original passport; it is checked and returned the same "
    "day.",
    "Office assistant, Pune. A self-attested photocopy of Aadhaar is kept on file.",
    "Office helper. Aadhaar photocopy needed; it is kept on file.",
    "Delivery riders, Kolkata. Keep your passport and ID with you at all times.",
    "Keep your passport safe. It stays with you.",
    "Security guards, Noida. The worker keeps her own passport and ATM card.",
    "Back office, Gurgaon. All documents kept confidential as per data privacy policy.",
    "Factory helper. Aadhaar needed for PF. It is kept confidential.",
    "Ward assistant, City Hospital. The hospital keeps patients' records; you help file them.",
    "Front desk, Hotel Sagar, Puri. Maintain the guests' ID register kept at reception.",
    "School office clerk. The school keeps students' certificates on file as copies.",
    "Cab drivers, Hyderabad. The employer holds a licence from the transport department.",
    "Courier staff. The company holds a registration under the Shops Act.",
    "Cab drivers. The company holds a valid licence and ISO certificate.",
    "Security agency. The employer holds its registration certificate under PSARA.",
    "ड्राइवर, लखनऊ। मूल दस्तावेज़ जाँच के बाद उसी दिन वापस कर दिए जाएंगे।",
    "दुकान सहायक। आधार की फोटोकॉपी फाइल में रखी जाएगी।",
    "डिलीवरी बॉय। अपना पासपोर्ट और पहचान पत्र अपने पास रखें।",
    "अस्पताल में वार्ड सहायक। अस्पताल मरीजों के रिकॉर्ड रखता है।",
    "ड्राइवर। आधार की फोटोकॉपी लाएं, यह फाइल में रहेगी।",
    "Driver job, Lucknow. Original documents verify karke turant wapas kar denge.",
    "Shop helper. Aadhaar ki photocopy file mein rakhi jayegi.",
    "Delivery boy. Apna passport aur ID apne paas rakhein.",
    "Driver. Aadhaar dikhakar wapas, ye aapke paas hi rahega.",
    "ড্রাইভার, কলকাতা। আসল কাগজপত্র যাচাই করে সেদিনই ফেরত দেওয়া হবে।",
    "দোকান সহকারী। এনআইডির ফটোকপি ফাইলে রাখা হবে।",
    "আপনার পাসপোর্ট নিজের কাছে রাখুন।",
    "হোটেলে রিসেপশন। অতিথিদের পরিচয়পত্রের রেজিস্টার রাখতে হবে।",
    "ড্রাইভার। আধার কার্ড দেখিয়ে ফেরত নিন, এটা আপনার কাছেই থাকবে।",
    "Driver kaj. Original kagoj check kore oi dini ferot deya hobe.",
    "Dokan sohokari. NID er photocopy file e rakha hobe.",
    "Passport nijer kache rakhun.",
    "School office. Chhatroder certificate er copy file e rakha hoy.",
], **DESK)


# lures against the exceptions above: kept private by a named keeper, guests served beside papers
# kept, the employer's own licence named beside her papers kept
CASES.add("her_papers_kept_beside_an_exception", PAPERS, True, [
    "Dubai drivers. Passport will be kept confidentially by the sponsor for two years.",
    "Passport gopniya tarike se agent rakhega, contract khatam hone tak.",
    "Hotel staff, Dubai. Serve the guests at the lobby. Passport is held by the owner till the "
    "contract ends.",
    "दुबई होटल। मेहमानों की सेवा करनी है। पासपोर्ट मालिक रखेगा दो साल।",
    "কাতারে হোটেল। অতিথিদের সেবা। পাসপোর্ট মালিক রাখবে দুই বছর।",
    "Hotel kaj, Dubai. Atithider seba. Passport malik rakhbe 2 bochor.",
    "The agency holds a government licence. Your passport is kept by the agency for safety.",
    "The firm holds an RA licence. It keeps the workers' passports for the contract.",
    "कंपनी के पास लाइसेंस है। पासपोर्ट कंपनी रखेगी।",
    "Company licence ache. Passport company er kache jama thakbe.",
], **DRIVE)

# Written with the rows above and still raising nothing: papers checked (or a copy named) and
# then kept, the kept ones named as "it" or "the original" ("Passport checked at the airport,
# then it is kept by the kafeel"). Known recall gaps, xfail (strict) for a later round.
GAPS = [
    "Doha helpers. Passport checked at the airport, then it is kept by the kafeel.",
    "Jeddah. Passport photocopy for visa; the original is kept by the sponsor.",
]
CASES.params += [pytest.param(PAPERS, True, text, DRIVE, id=f"checked_then_kept_gap-{number}",
                              marks=pytest.mark.xfail(strict=True, reason="recall gap"))
                 for number, text in enumerate(GAPS)]

@pytest.mark.parametrize(("code", "flagged", "description", "facts"), CASES.params)
def test_a_class_of_error_is_corrected_as_a_class(code, flagged, description, facts):
    CASES.check(codes(description, **facts), code, flagged)
