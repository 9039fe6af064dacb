"""Dev-pool articles read while making rules, which the selection rounds leave out so that
new dev documents meet rules not made on them (``select_round15.py`` to ``select_round17.py``).

- ``READ_SESSION11``: read in session 11 (round 14's list, ``select_round14.py``, and spor-197,
  read after round 14's selection).
- ``READ_SESSION12``: read in session 12 before round 16 (agreements and quotes of the dev pool).
- ``READ_AFTER_ROUND16``: read in session 12 after round 16's selection (speakers).
- ``READ_SESSION13``: read in session 13 before round 18 (passive reports without a speaker,
  company names, bare agreement heads: whole texts or the sentences around an item) and before
  round 19 (dev-pool diffs while fixing round 18's errors).
"""
from pathlib import Path

READ_SESSION11 = {"ttc-siyaset-23", "ttc-siyaset-362", "ttc-saglik-159", "ttc-saglik-417", "ttc-ekonomi-567",
        "ttc-ekonomi-315", "ttc-ekonomi-376", "ttc-ekonomi-378", "ttc-ekonomi-406", "ttc-saglik-174",
        "ttc-siyaset-81", "ttc-siyaset-387", "ttc-teknoloji-64", "ttc-saglik-229", "ttc-ekonomi-366",
        "ttc-ekonomi-259", "ttc-siyaset-298", "ttc-spor-163", "ttc-kultursanat-172", "ttc-siyaset-436",
        "ttc-siyaset-561", "ttc-siyaset-229", "ttc-siyaset-239", "ttc-siyaset-248", "ttc-spor-420",
        "ttc-teknoloji-144", "ttc-siyaset-153", "ttc-siyaset-44", "ttc-ekonomi-20", "ttc-kultursanat-14",
        "ttc-saglik-103", "ttc-spor-197"}
READ_SESSION12 = {
        "ttc-ekonomi-158", "ttc-ekonomi-161", "ttc-ekonomi-172", "ttc-ekonomi-173",
        "ttc-ekonomi-174", "ttc-ekonomi-204", "ttc-ekonomi-209", "ttc-ekonomi-234",
        "ttc-ekonomi-235", "ttc-ekonomi-239", "ttc-ekonomi-259", "ttc-ekonomi-319",
        "ttc-ekonomi-36", "ttc-ekonomi-435", "ttc-ekonomi-437", "ttc-ekonomi-512",
        "ttc-ekonomi-528", "ttc-ekonomi-555", "ttc-ekonomi-72", "ttc-ekonomi-91", "ttc-ekonomi-94",
        "ttc-ekonomi-95", "ttc-kultursanat-288", "ttc-kultursanat-52", "ttc-saglik-157",
        "ttc-saglik-160", "ttc-saglik-177", "ttc-saglik-227", "ttc-saglik-245", "ttc-saglik-272",
        "ttc-saglik-400", "ttc-saglik-404", "ttc-saglik-419", "ttc-saglik-474", "ttc-saglik-504",
        "ttc-saglik-582", "ttc-saglik-60", "ttc-siyaset-132", "ttc-siyaset-158", "ttc-siyaset-159",
        "ttc-siyaset-166", "ttc-siyaset-178", "ttc-siyaset-215", "ttc-siyaset-221",
        "ttc-siyaset-229", "ttc-siyaset-239", "ttc-siyaset-24", "ttc-siyaset-248",
        "ttc-siyaset-26", "ttc-siyaset-276", "ttc-siyaset-358", "ttc-siyaset-395",
        "ttc-siyaset-47", "ttc-siyaset-484", "ttc-siyaset-492", "ttc-siyaset-513",
        "ttc-siyaset-544", "ttc-siyaset-554", "ttc-siyaset-586", "ttc-siyaset-9", "ttc-siyaset-99",
        "ttc-spor-100", "ttc-spor-115", "ttc-spor-117", "ttc-spor-120", "ttc-spor-134",
        "ttc-spor-148", "ttc-spor-155", "ttc-spor-162", "ttc-spor-168", "ttc-spor-181",
        "ttc-spor-182", "ttc-spor-2", "ttc-spor-221", "ttc-spor-254", "ttc-spor-262",
        "ttc-spor-266", "ttc-spor-274", "ttc-spor-286", "ttc-spor-306", "ttc-spor-331",
        "ttc-spor-342", "ttc-spor-360", "ttc-spor-361", "ttc-spor-371", "ttc-spor-372",
        "ttc-spor-379", "ttc-spor-381", "ttc-spor-394", "ttc-spor-398", "ttc-spor-417",
        "ttc-spor-420", "ttc-spor-424", "ttc-spor-431", "ttc-spor-464", "ttc-spor-478",
        "ttc-spor-490", "ttc-spor-510", "ttc-spor-520", "ttc-spor-551", "ttc-spor-558",
        "ttc-spor-574", "ttc-spor-580", "ttc-spor-586", "ttc-spor-67", "ttc-spor-69",
        "ttc-spor-71", "ttc-spor-74", "ttc-spor-81", "ttc-spor-83", "ttc-teknoloji-186",
        "ttc-teknoloji-251", "ttc-teknoloji-262", "ttc-teknoloji-278", "ttc-teknoloji-441",
        "ttc-teknoloji-452", "ttc-teknoloji-497", "ttc-teknoloji-547", "ttc-teknoloji-587",
        "ttc-teknoloji-591", "ttc-teknoloji-596", "ttc-teknoloji-65", "ttc-teknoloji-9"}
READ_AFTER_ROUND16 = {"ttc-spor-379", "ttc-saglik-103", "ttc-siyaset-14", "ttc-teknoloji-269", "ttc-spor-550",
        "ttc-siyaset-453", "ttc-siyaset-209", "ttc-saglik-88", "ttc-teknoloji-520", "ttc-ekonomi-260",
        "ttc-kultursanat-372", "ttc-kultursanat-52", "ttc-siyaset-45", "ttc-teknoloji-497", "ttc-siyaset-53",
        "ttc-siyaset-490", "ttc-kultursanat-6", "ttc-siyaset-596", "ttc-teknoloji-204", "ttc-ekonomi-98",
        "ttc-kultursanat-574", "ttc-siyaset-79", "ttc-saglik-169", "ttc-kultursanat-485", "ttc-siyaset-55",
        "ttc-teknoloji-407", "ttc-ekonomi-435", "ttc-kultursanat-298", "ttc-spor-364", "ttc-siyaset-103",
        "ttc-kultursanat-164", "ttc-kultursanat-177", "ttc-ekonomi-22", "ttc-ekonomi-44", "ttc-teknoloji-415",
        "ttc-kultursanat-433", "ttc-spor-269", "ttc-saglik-188", "ttc-saglik-336", "ttc-kultursanat-524",
        "ttc-siyaset-463", "ttc-kultursanat-565", "ttc-spor-544", "ttc-spor-524", "ttc-teknoloji-217",
        "ttc-ekonomi-211", "ttc-ekonomi-512", "ttc-saglik-547", "ttc-siyaset-216", "ttc-siyaset-276",
        "ttc-spor-300", "ttc-spor-562", "ttc-saglik-253", "ttc-spor-24", "ttc-spor-342", "ttc-ekonomi-442",
        "ttc-ekonomi-461", "ttc-ekonomi-462", "ttc-ekonomi-88", "ttc-kultursanat-478", "ttc-kultursanat-552",
        "ttc-teknoloji-259", "ttc-teknoloji-3", "ttc-teknoloji-42", "ttc-saglik-124", "ttc-spor-288",
        "ttc-kultursanat-288", "ttc-ekonomi-315", "ttc-ekonomi-323", "ttc-kultursanat-113", "ttc-kultursanat-116",
        "ttc-saglik-226", "ttc-saglik-262", "ttc-siyaset-124", "ttc-siyaset-374", "ttc-siyaset-42",
        "ttc-siyaset-425", "ttc-spor-165", "ttc-spor-198", "ttc-spor-540", "ttc-spor-99", "ttc-teknoloji-207",
        "ttc-teknoloji-380", "ttc-teknoloji-453", "ttc-teknoloji-458", "ttc-teknoloji-595", "ttc-ekonomi-527",
        "ttc-kultursanat-93", "ttc-saglik-216"}
READ_SESSION13 = {
        "ttc-ekonomi-501", "ttc-ekonomi-173", "ttc-ekonomi-209", "ttc-siyaset-586", "ttc-spor-286",
        "ttc-spor-323", "ttc-spor-331", "ttc-spor-334", "ttc-spor-362", "ttc-spor-379",
        "ttc-kultursanat-219", "ttc-teknoloji-42", "ttc-teknoloji-3", "ttc-teknoloji-259",
        "ttc-ekonomi-111", "ttc-ekonomi-282", "ttc-ekonomi-335", "ttc-ekonomi-150", "ttc-ekonomi-161",
        "ttc-ekonomi-259", "ttc-ekonomi-366", "ttc-ekonomi-491", "ttc-ekonomi-514", "ttc-ekonomi-546",
        "ttc-spor-424", "ttc-spor-481", "ttc-spor-490", "ttc-spor-580", "ttc-teknoloji-366",
        "ttc-teknoloji-486", "ttc-teknoloji-577", "ttc-siyaset-215", "ttc-ekonomi-304",
        "ttc-ekonomi-199", "ttc-ekonomi-249", "ttc-kultursanat-246", "ttc-kultursanat-453",
        "ttc-kultursanat-454", "ttc-kultursanat-472", "ttc-kultursanat-547", "ttc-saglik-289",
        "ttc-saglik-396", "ttc-siyaset-55", "ttc-spor-277", "ttc-spor-569", "ttc-teknoloji-433",
        "ttc-spor-260", "ttc-spor-165", "ttc-spor-298", "ttc-spor-364", "ttc-spor-412", "ttc-spor-466",
        "ttc-spor-471", "ttc-spor-515",
        # after round 18's selection: dev-pool diffs and snippets read while fixing its errors
        "ttc-ekonomi-315", "ttc-kultursanat-132", "ttc-kultursanat-177", "ttc-saglik-84",
        "ttc-siyaset-216", "ttc-siyaset-265", "ttc-siyaset-385", "ttc-siyaset-404", "ttc-spor-562",
        "ttc-spor-571", "ttc-ekonomi-98", "ttc-ekonomi-590", "ttc-kultursanat-562", "ttc-saglik-446",
        "ttc-saglik-486", "ttc-saglik-582", "ttc-siyaset-3", "ttc-siyaset-28", "ttc-siyaset-99",
        "ttc-siyaset-152", "ttc-siyaset-160", "ttc-siyaset-230", "ttc-siyaset-245", "ttc-siyaset-252",
        "ttc-siyaset-313", "ttc-siyaset-440", "ttc-spor-208", "ttc-spor-523"}
READ_SESSION14 = {
        # session 14, after round 21's selection: dev-pool texts, snippets and system-output
        # listings read while making and checking rules (speakerless direct quotes of siyaset and
        # ekonomi, grep hits, dev-pool diffs)
        "ttc-ekonomi-22", "ttc-ekonomi-44", "ttc-ekonomi-65", "ttc-ekonomi-72", "ttc-ekonomi-90",
        "ttc-ekonomi-98", "ttc-ekonomi-103", "ttc-ekonomi-112", "ttc-ekonomi-173",
        "ttc-ekonomi-183", "ttc-ekonomi-209", "ttc-ekonomi-215", "ttc-ekonomi-216",
        "ttc-ekonomi-225", "ttc-ekonomi-239", "ttc-ekonomi-259", "ttc-ekonomi-260",
        "ttc-ekonomi-273", "ttc-ekonomi-281", "ttc-ekonomi-300", "ttc-ekonomi-314",
        "ttc-ekonomi-336", "ttc-ekonomi-358", "ttc-ekonomi-387", "ttc-ekonomi-435",
        "ttc-ekonomi-467", "ttc-ekonomi-487", "ttc-ekonomi-515", "ttc-ekonomi-551",
        "ttc-ekonomi-555", "ttc-ekonomi-598", "ttc-kultursanat-96", "ttc-kultursanat-116",
        "ttc-kultursanat-249", "ttc-kultursanat-308", "ttc-kultursanat-356", "ttc-kultursanat-420",
        "ttc-kultursanat-423", "ttc-kultursanat-454", "ttc-saglik-25", "ttc-saglik-47",
        "ttc-saglik-76", "ttc-saglik-81", "ttc-saglik-113", "ttc-saglik-143", "ttc-saglik-150",
        "ttc-saglik-156", "ttc-saglik-160", "ttc-saglik-173", "ttc-saglik-174", "ttc-saglik-248",
        "ttc-saglik-321", "ttc-saglik-330", "ttc-saglik-430", "ttc-saglik-505", "ttc-siyaset-14",
        "ttc-siyaset-28", "ttc-siyaset-34", "ttc-siyaset-35", "ttc-siyaset-44", "ttc-siyaset-45",
        "ttc-siyaset-53", "ttc-siyaset-55", "ttc-siyaset-58", "ttc-siyaset-60", "ttc-siyaset-79",
        "ttc-siyaset-81", "ttc-siyaset-92", "ttc-siyaset-99", "ttc-siyaset-103", "ttc-siyaset-117",
        "ttc-siyaset-124", "ttc-siyaset-155", "ttc-siyaset-160", "ttc-siyaset-169",
        "ttc-siyaset-209", "ttc-siyaset-216", "ttc-siyaset-240", "ttc-siyaset-259",
        "ttc-siyaset-276", "ttc-siyaset-279", "ttc-siyaset-362", "ttc-siyaset-369",
        "ttc-siyaset-417", "ttc-siyaset-424", "ttc-siyaset-436", "ttc-siyaset-437",
        "ttc-siyaset-448", "ttc-siyaset-453", "ttc-siyaset-463", "ttc-siyaset-490",
        "ttc-siyaset-492", "ttc-siyaset-504", "ttc-siyaset-523", "ttc-siyaset-527",
        "ttc-siyaset-544", "ttc-siyaset-556", "ttc-siyaset-560", "ttc-siyaset-572",
        "ttc-siyaset-581", "ttc-siyaset-586", "ttc-siyaset-596", "ttc-spor-37", "ttc-spor-71",
        "ttc-spor-89", "ttc-spor-372", "ttc-spor-390", "ttc-spor-406", "ttc-spor-448",
        "ttc-spor-539", "ttc-teknoloji-162", "ttc-teknoloji-174", "ttc-teknoloji-235",
        "ttc-teknoloji-269", "ttc-teknoloji-365", "ttc-teknoloji-520", "ttc-teknoloji-532",
        "ttc-teknoloji-550", "ttc-teknoloji-587", "ttc-teknoloji-600"}
# session 14, after rounds 21-24's selections: dev-pool diffs read while checking later rules
READ_SESSION14 |= {
        "ttc-ekonomi-54", "ttc-ekonomi-182", "ttc-ekonomi-200", "ttc-ekonomi-419",
        "ttc-ekonomi-426", "ttc-ekonomi-440", "ttc-ekonomi-523", "ttc-kultursanat-26",
        "ttc-kultursanat-141", "ttc-kultursanat-352", "ttc-kultursanat-354", "ttc-kultursanat-453",
        "ttc-saglik-67", "ttc-saglik-70", "ttc-saglik-88", "ttc-saglik-100", "ttc-saglik-103",
        "ttc-saglik-157", "ttc-saglik-178", "ttc-saglik-188", "ttc-saglik-196", "ttc-saglik-200",
        "ttc-saglik-289", "ttc-saglik-472", "ttc-saglik-525", "ttc-saglik-531", "ttc-saglik-568",
        "ttc-siyaset-61", "ttc-siyaset-63", "ttc-siyaset-273", "ttc-siyaset-296",
        "ttc-siyaset-395", "ttc-siyaset-431", "ttc-siyaset-461", "ttc-siyaset-472",
        "ttc-siyaset-484", "ttc-spor-29", "ttc-spor-85", "ttc-spor-571", "ttc-spor-591",
        "ttc-teknoloji-12", "ttc-teknoloji-31", "ttc-teknoloji-184", "ttc-teknoloji-282",
        "ttc-teknoloji-407", "ttc-teknoloji-521", "ttc-teknoloji-547"}
# session 15, before round 30's selection: dev-pool diffs read while checking this session's rules
READ_SESSION15 = {"ttc-spor-155", "ttc-spor-372"}
# session 15, after round 31's selection: dev-pool diffs read while checking the Ramadan rule
READ_SESSION15 |= {
        "ttc-ekonomi-152", "ttc-ekonomi-183", "ttc-ekonomi-184", "ttc-saglik-86", "ttc-saglik-100",
        "ttc-saglik-106", "ttc-saglik-124", "ttc-saglik-133", "ttc-saglik-143", "ttc-saglik-148",
        "ttc-saglik-154", "ttc-saglik-162", "ttc-saglik-174", "ttc-saglik-186", "ttc-saglik-190",
        "ttc-saglik-203", "ttc-siyaset-45", "ttc-siyaset-358", "ttc-siyaset-362", "ttc-ekonomi-515",
        "ttc-kultursanat-501", "ttc-saglik-52", "ttc-saglik-592", "ttc-siyaset-252",
        "ttc-kultursanat-211", "ttc-siyaset-454", "ttc-ekonomi-22", "ttc-saglik-81",
        "ttc-siyaset-544", "ttc-siyaset-572", "ttc-teknoloji-520", "ttc-ekonomi-325",
        "ttc-ekonomi-103", "ttc-ekonomi-167", "ttc-ekonomi-178", "ttc-ekonomi-442", "ttc-ekonomi-84",
        "ttc-kultursanat-52", "ttc-kultursanat-56", "ttc-kultursanat-562", "ttc-saglik-600", "ttc-siyaset-184",
        "ttc-teknoloji-428", "ttc-teknoloji-541"}
# session 15, round 33's fixes: dev-pool diffs read while checking the capitalised-lead subject
READ_SESSION15 |= {
        "ttc-ekonomi-136", "ttc-ekonomi-166", "ttc-ekonomi-168", "ttc-ekonomi-188",
        "ttc-ekonomi-264", "ttc-ekonomi-47", "ttc-ekonomi-491", "ttc-ekonomi-527",
        "ttc-ekonomi-567", "ttc-kultursanat-300", "ttc-kultursanat-308", "ttc-kultursanat-380",
        "ttc-kultursanat-591", "ttc-kultursanat-96", "ttc-saglik-10", "ttc-saglik-207",
        "ttc-saglik-267", "ttc-saglik-350", "ttc-saglik-395", "ttc-saglik-40", "ttc-saglik-416",
        "ttc-saglik-430", "ttc-saglik-454", "ttc-saglik-458", "ttc-saglik-46", "ttc-saglik-468",
        "ttc-saglik-477", "ttc-saglik-494", "ttc-saglik-504", "ttc-saglik-552", "ttc-saglik-557",
        "ttc-saglik-583", "ttc-siyaset-245", "ttc-siyaset-333", "ttc-siyaset-354",
        "ttc-siyaset-367", "ttc-siyaset-392", "ttc-siyaset-441", "ttc-siyaset-458",
        "ttc-siyaset-463", "ttc-siyaset-591", "ttc-spor-379", "ttc-spor-400", "ttc-teknoloji-211",
        "ttc-teknoloji-441", "ttc-teknoloji-525", "ttc-kultursanat-48"}
# session 15, round 34's fixes: dev-pool diffs read while checking seasons' months and the New Year
READ_SESSION15 |= {
        "ttc-ekonomi-177", "ttc-ekonomi-183", "ttc-ekonomi-264", "ttc-ekonomi-487",
        "ttc-ekonomi-498", "ttc-ekonomi-57", "ttc-kultursanat-106", "ttc-kultursanat-157",
        "ttc-kultursanat-363", "ttc-saglik-112", "ttc-saglik-136", "ttc-saglik-151",
        "ttc-saglik-187", "ttc-saglik-190", "ttc-saglik-202", "ttc-saglik-206", "ttc-saglik-235",
        "ttc-saglik-25", "ttc-saglik-273", "ttc-saglik-415", "ttc-saglik-471", "ttc-saglik-490",
        "ttc-saglik-496", "ttc-saglik-500", "ttc-saglik-533", "ttc-saglik-552", "ttc-saglik-557",
        "ttc-saglik-559", "ttc-saglik-59", "ttc-saglik-88", "ttc-saglik-96", "ttc-teknoloji-107",
        "ttc-teknoloji-118", "ttc-teknoloji-24", "ttc-teknoloji-275"}
# session 15, round 35's fixes: dev-pool diffs read while checking titles
READ_SESSION15 |= {"ttc-siyaset-374"}

# session 16: dev-pool texts whose output (or, for the regex scan, text) was read while making
# the rule for kinds of agreement reached ("prensip anlaşmasına vardı")
READ_SESSION16 = {
        "ttc-ekonomi-98", "ttc-ekonomi-315", "ttc-kultursanat-308", "ttc-kultursanat-527",
        "ttc-siyaset-350", "ttc-spor-33", "ttc-spor-74", "ttc-spor-99", "ttc-spor-115", "ttc-spor-155",
        "ttc-spor-156", "ttc-spor-211", "ttc-spor-246", "ttc-spor-251", "ttc-spor-262", "ttc-spor-266",
        "ttc-spor-282", "ttc-spor-286", "ttc-spor-323", "ttc-spor-364", "ttc-spor-390", "ttc-spor-417",
        "ttc-spor-431", "ttc-spor-435", "ttc-spor-446", "ttc-spor-447", "ttc-spor-457", "ttc-spor-471",
        "ttc-spor-477", "ttc-spor-510", "ttc-spor-515", "ttc-spor-534", "ttc-teknoloji-102",
        "ttc-teknoloji-388", "ttc-teknoloji-495", "ttc-ekonomi-215", "ttc-kultursanat-565",
        "ttc-spor-504"}
# session 16: dev-pool money whose qualifier changed (the "aş-", "-dan başlıyor", "üzerindeydi" rows)
READ_SESSION16 |= {
        "ttc-ekonomi-162", "ttc-ekonomi-186", "ttc-ekonomi-325", "ttc-ekonomi-35", "ttc-ekonomi-364",
        "ttc-ekonomi-371", "ttc-ekonomi-426", "ttc-ekonomi-520", "ttc-ekonomi-72", "ttc-saglik-267",
        "ttc-siyaset-160", "ttc-siyaset-364", "ttc-spor-444", "ttc-spor-477", "ttc-teknoloji-23",
        "ttc-teknoloji-267", "ttc-teknoloji-288", "ttc-teknoloji-573", "ttc-siyaset-445", "ttc-spor-424",
        "ttc-siyaset-367", "ttc-ekonomi-315", "ttc-spor-380", "ttc-ekonomi-322"}
# session 16, round 36's date fixes: dev-pool diffs read ('tarihinden itibaren', weekday and weekend sets,
# day lists with 've', a year's month with the genitive)
READ_SESSION16 |= {
        "ttc-ekonomi-112", "ttc-ekonomi-325", "ttc-ekonomi-416", "ttc-ekonomi-501", "ttc-kultursanat-141",
        "ttc-kultursanat-17", "ttc-kultursanat-275", "ttc-kultursanat-285", "ttc-kultursanat-286", "ttc-kultursanat-292",
        "ttc-kultursanat-303", "ttc-kultursanat-383", "ttc-kultursanat-412", "ttc-kultursanat-439", "ttc-kultursanat-462",
        "ttc-kultursanat-468", "ttc-kultursanat-470", "ttc-kultursanat-51", "ttc-kultursanat-528", "ttc-kultursanat-66",
        "ttc-saglik-253", "ttc-saglik-379", "ttc-saglik-499", "ttc-siyaset-467", "ttc-siyaset-475",
        "ttc-siyaset-493", "ttc-siyaset-572", "ttc-spor-104", "ttc-spor-196", "ttc-teknoloji-152",
        "ttc-teknoloji-239", "ttc-teknoloji-393", "ttc-teknoloji-478", "ttc-teknoloji-503", "ttc-teknoloji-516",
        "ttc-teknoloji-528", "ttc-teknoloji-573", "ttc-teknoloji-577", "ttc-teknoloji-582", "ttc-siyaset-260",
        "ttc-spor-49"}
# session 16, the participle-phrase subject: dev-pool diffs read
READ_SESSION16 |= {"ttc-kultursanat-43", "ttc-kultursanat-69", "ttc-saglik-160", "ttc-saglik-170", "ttc-teknoloji-521"}
# session 16, passive cues in "-Irken": dev-pool diffs read
READ_SESSION16 |= {
        "ttc-ekonomi-320", "ttc-saglik-157", "ttc-saglik-300", "ttc-saglik-303", "ttc-siyaset-216",
        "ttc-siyaset-389", "ttc-siyaset-391", "ttc-spor-155", "ttc-spor-289", "ttc-spor-376", "ttc-spor-464",
        "ttc-spor-57", "ttc-spor-71", "ttc-teknoloji-12", "ttc-teknoloji-282", "ttc-teknoloji-31",
        "ttc-teknoloji-386"}
# session 16, "ileriki / ilerleyen …" and "sabaha karşı": dev-pool diffs read
READ_SESSION16 |= {
        "ttc-kultursanat-499", "ttc-kultursanat-570", "ttc-saglik-148", "ttc-saglik-151", "ttc-saglik-273",
        "ttc-saglik-373", "ttc-saglik-505", "ttc-spor-251", "ttc-teknoloji-102", "ttc-teknoloji-217",
        "ttc-teknoloji-244", "ttc-teknoloji-252", "ttc-teknoloji-345", "ttc-teknoloji-346", "ttc-teknoloji-396"}

# session 17: dev-pool texts whose output (or text) was read while checking round 37's rules
# (contract terms and renewals, ranges of durations, passive 'ifadeleri kullanıldı', subjects)
READ_SESSION17 = {
        "ttc-ekonomi-1", "ttc-ekonomi-199", "ttc-ekonomi-239", "ttc-ekonomi-260", "ttc-ekonomi-282",
        "ttc-kultursanat-1", "ttc-kultursanat-138", "ttc-kultursanat-141", "ttc-kultursanat-191",
        "ttc-kultursanat-193", "ttc-kultursanat-201", "ttc-kultursanat-340", "ttc-kultursanat-37",
        "ttc-kultursanat-454", "ttc-kultursanat-576", "ttc-kultursanat-7", "ttc-saglik-106",
        "ttc-saglik-110", "ttc-saglik-148", "ttc-saglik-160", "ttc-saglik-173", "ttc-saglik-178",
        "ttc-saglik-188", "ttc-saglik-216", "ttc-saglik-304", "ttc-saglik-318", "ttc-saglik-330",
        "ttc-saglik-349", "ttc-saglik-371", "ttc-saglik-407", "ttc-saglik-453", "ttc-saglik-484",
        "ttc-saglik-538", "ttc-saglik-544", "ttc-saglik-554", "ttc-saglik-565", "ttc-saglik-573",
        "ttc-saglik-579", "ttc-siyaset-114", "ttc-siyaset-116", "ttc-siyaset-124",
        "ttc-siyaset-215", "ttc-siyaset-259", "ttc-siyaset-404", "ttc-siyaset-431",
        "ttc-siyaset-55", "ttc-siyaset-560", "ttc-spor-168", "ttc-spor-196", "ttc-spor-197",
        "ttc-spor-211", "ttc-spor-239", "ttc-spor-288", "ttc-spor-323", "ttc-spor-326",
        "ttc-spor-381", "ttc-spor-424", "ttc-spor-431", "ttc-spor-450", "ttc-spor-478",
        "ttc-spor-482", "ttc-spor-495", "ttc-spor-508", "ttc-teknoloji-186", "ttc-teknoloji-207",
        "ttc-teknoloji-25", "ttc-teknoloji-345", "ttc-teknoloji-470", "ttc-teknoloji-482",
        "ttc-teknoloji-547"
}
# session 17, round 38's rules (colon intros, hyphenated surnames, a partner opening the sentence)
READ_SESSION17 |= {
        "ttc-ekonomi-190", "ttc-ekonomi-518", "ttc-ekonomi-523", "ttc-ekonomi-544", "ttc-kultursanat-586",
        "ttc-saglik-289", "ttc-saglik-348", "ttc-saglik-368", "ttc-siyaset-245", "ttc-siyaset-335",
        "ttc-siyaset-376", "ttc-siyaset-393", "ttc-siyaset-463", "ttc-siyaset-79", "ttc-spor-453",
        "ttc-siyaset-99"}
# session 17, round 39: dev-pool diffs read while trying present-tense person endings on cues (reverted)
READ_SESSION17 |= {
        "ttc-ekonomi-335", "ttc-kultursanat-113", "ttc-kultursanat-139", "ttc-kultursanat-298",
        "ttc-kultursanat-565", "ttc-kultursanat-6", "ttc-saglik-332", "ttc-siyaset-153", "ttc-siyaset-297",
        "ttc-siyaset-34", "ttc-siyaset-484", "ttc-teknoloji-577"}

# session 18: dev-pool diffs read while checking present-tense cues with person endings, cue + "ki"
# introductions, and statements listed under a nominal introducer ("İşte X'in açıklamaları:")
READ_SESSION18 = {"ttc-ekonomi-335", "ttc-ekonomi-47", "ttc-kultursanat-113", "ttc-kultursanat-298", "ttc-kultursanat-6", "ttc-saglik-332", "ttc-siyaset-102", "ttc-siyaset-103", "ttc-siyaset-113", "ttc-siyaset-114", "ttc-siyaset-153", "ttc-siyaset-19", "ttc-siyaset-221", "ttc-siyaset-25", "ttc-siyaset-297", "ttc-siyaset-34", "ttc-siyaset-408", "ttc-siyaset-440", "ttc-siyaset-55", "ttc-siyaset-61", "ttc-siyaset-72", "ttc-siyaset-99", "ttc-spor-572", "ttc-teknoloji-547", "ttc-teknoloji-577"}
# session 18: single lines of dev-pool texts printed by regex scans ("X ile Y arasındaki … anlaşması",
# a cue before "ki" and a mark, introducer lines ending in a colon)
READ_SESSION18 |= {
        "ttc-ekonomi-30", "ttc-ekonomi-42", "ttc-ekonomi-234", "ttc-ekonomi-555", "ttc-kultursanat-527",
        "ttc-spor-323", "ttc-spor-490", "ttc-kultursanat-2", "ttc-kultursanat-8", "ttc-kultursanat-213",
        "ttc-siyaset-413", "ttc-spor-571", "ttc-ekonomi-598", "ttc-kultursanat-361", "ttc-kultursanat-401",
        "ttc-kultursanat-461", "ttc-kultursanat-485", "ttc-saglik-154", "ttc-saglik-399", "ttc-saglik-417",
        "ttc-siyaset-35", "ttc-siyaset-200", "ttc-siyaset-213", "ttc-siyaset-215", "ttc-siyaset-259",
        "ttc-siyaset-354", "ttc-siyaset-448", "ttc-siyaset-453", "ttc-siyaset-492", "ttc-siyaset-521",
        "ttc-siyaset-556", "ttc-spor-425", "ttc-spor-569", "ttc-teknoloji-520"}
# session 18: dev-pool diffs read while checking round 40's rules (month ranges, titles after a
# participle, "Aynı yıl", a week's weekday, seasons, "öncesi"/"sonrası" after a date, centuries, years)
READ_SESSION18 |= {
        "ttc-ekonomi-115", "ttc-ekonomi-173", "ttc-ekonomi-20", "ttc-ekonomi-268",
        "ttc-ekonomi-313", "ttc-ekonomi-325", "ttc-ekonomi-347", "ttc-ekonomi-404",
        "ttc-ekonomi-427", "ttc-ekonomi-440", "ttc-ekonomi-461", "ttc-ekonomi-478",
        "ttc-ekonomi-515", "ttc-ekonomi-523", "ttc-ekonomi-94", "ttc-kultursanat-139",
        "ttc-kultursanat-160", "ttc-kultursanat-168", "ttc-kultursanat-172", "ttc-kultursanat-175",
        "ttc-kultursanat-19", "ttc-kultursanat-214", "ttc-kultursanat-270", "ttc-kultursanat-275",
        "ttc-kultursanat-355", "ttc-kultursanat-372", "ttc-kultursanat-420", "ttc-kultursanat-433",
        "ttc-kultursanat-439", "ttc-kultursanat-501", "ttc-saglik-344", "ttc-saglik-600",
        "ttc-siyaset-401", "ttc-siyaset-414", "ttc-siyaset-48", "ttc-siyaset-504", "ttc-spor-117",
        "ttc-spor-274", "ttc-spor-313", "ttc-spor-315", "ttc-spor-349", "ttc-spor-360",
        "ttc-spor-415", "ttc-spor-419", "ttc-spor-471", "ttc-spor-520", "ttc-teknoloji-16",
        "ttc-teknoloji-17", "ttc-teknoloji-206", "ttc-teknoloji-338", "ttc-teknoloji-37"}
# session 18: dev-pool diffs read while checking round 41's rules (offsets after a past clause,
# 'Başantrenör', 'bugün için' (dropped))
READ_SESSION18 |= {
        "ttc-ekonomi-166", "ttc-ekonomi-239", "ttc-ekonomi-255", "ttc-ekonomi-320",
        "ttc-ekonomi-419", "ttc-kultursanat-194", "ttc-kultursanat-306", "ttc-kultursanat-533",
        "ttc-saglik-139", "ttc-saglik-171", "ttc-saglik-251", "ttc-saglik-253", "ttc-saglik-272",
        "ttc-saglik-327", "ttc-saglik-329", "ttc-saglik-378", "ttc-saglik-475", "ttc-saglik-76",
        "ttc-siyaset-301", "ttc-spor-118", "ttc-spor-384", "ttc-spor-433", "ttc-spor-453",
        "ttc-spor-570", "ttc-teknoloji-411", "ttc-teknoloji-416", "ttc-teknoloji-451",
        "ttc-teknoloji-455"}

# session 19: dev-pool texts whose output changed under the session's rules and was read (indirect
# clauses over quote marks, credit lines, weekdays after dates), and lines printed by regex scans
# (contract heads before "sona er-/feshet-", a quote line before a short line)
READ_SESSION19 = {
        "ttc-ekonomi-182", "ttc-ekonomi-184", "ttc-ekonomi-209", "ttc-ekonomi-215", "ttc-ekonomi-216",
        "ttc-ekonomi-281", "ttc-ekonomi-282", "ttc-ekonomi-30", "ttc-ekonomi-314", "ttc-ekonomi-36",
        "ttc-ekonomi-598", "ttc-kultursanat-118", "ttc-kultursanat-12", "ttc-kultursanat-134",
        "ttc-kultursanat-138", "ttc-kultursanat-175", "ttc-kultursanat-181", "ttc-kultursanat-200",
        "ttc-kultursanat-214", "ttc-kultursanat-229", "ttc-kultursanat-260", "ttc-kultursanat-261",
        "ttc-kultursanat-262", "ttc-kultursanat-273", "ttc-kultursanat-327", "ttc-kultursanat-353",
        "ttc-kultursanat-358", "ttc-kultursanat-364", "ttc-kultursanat-372", "ttc-kultursanat-385",
        "ttc-kultursanat-424", "ttc-kultursanat-433", "ttc-kultursanat-456", "ttc-kultursanat-463",
        "ttc-kultursanat-499", "ttc-kultursanat-559", "ttc-kultursanat-578", "ttc-kultursanat-585",
        "ttc-saglik-1", "ttc-saglik-171", "ttc-saglik-180", "ttc-saglik-213", "ttc-saglik-232",
        "ttc-saglik-404", "ttc-saglik-419", "ttc-saglik-544", "ttc-saglik-68", "ttc-siyaset-14",
        "ttc-siyaset-213", "ttc-siyaset-25", "ttc-siyaset-298", "ttc-siyaset-410", "ttc-siyaset-454",
        "ttc-siyaset-47", "ttc-siyaset-73", "ttc-spor-113", "ttc-spor-312", "ttc-spor-420",
        "ttc-spor-474", "ttc-spor-482", "ttc-spor-489", "ttc-spor-495", "ttc-spor-497", "ttc-spor-525",
        "ttc-spor-571"}
# session 19, later: dev-pool texts whose output changed under rounds 42-44's rules and was read
READ_SESSION19 |= {
        "ttc-ekonomi-172", "ttc-ekonomi-239", "ttc-ekonomi-325", "ttc-ekonomi-47", "ttc-ekonomi-498",
        "ttc-ekonomi-597", "ttc-kultursanat-105", "ttc-kultursanat-15", "ttc-kultursanat-193",
        "ttc-kultursanat-361", "ttc-kultursanat-389", "ttc-kultursanat-401", "ttc-kultursanat-446",
        "ttc-kultursanat-459", "ttc-kultursanat-518", "ttc-kultursanat-562", "ttc-kultursanat-61",
        "ttc-kultursanat-97", "ttc-saglik-228", "ttc-saglik-245", "ttc-saglik-446", "ttc-saglik-486",
        "ttc-saglik-564", "ttc-saglik-580", "ttc-saglik-599", "ttc-siyaset-152", "ttc-siyaset-216",
        "ttc-siyaset-259", "ttc-siyaset-276", "ttc-siyaset-301", "ttc-siyaset-320", "ttc-siyaset-331",
        "ttc-siyaset-448", "ttc-siyaset-453", "ttc-siyaset-494", "ttc-spor-148", "ttc-spor-155",
        "ttc-spor-211", "ttc-spor-221", "ttc-spor-337", "ttc-spor-398", "ttc-spor-436", "ttc-spor-450",
        "ttc-spor-473", "ttc-spor-520", "ttc-spor-521", "ttc-spor-572", "ttc-spor-67", "ttc-spor-81",
        "ttc-teknoloji-206", "ttc-teknoloji-368", "ttc-teknoloji-421", "ttc-teknoloji-481",
        "ttc-teknoloji-515", "ttc-teknoloji-541"}
# session 19, rounds 45-46: dev-pool texts whose output changed under those rounds' rules and was read
READ_SESSION19 |= {
        "ttc-kultursanat-113", "ttc-saglik-125", "ttc-saglik-289", "ttc-saglik-401", "ttc-spor-392",
        "ttc-spor-395", "ttc-spor-438", "ttc-spor-466", "ttc-spor-471", "ttc-spor-491", "ttc-teknoloji-259",
        "ttc-teknoloji-370"}
# session 20: dev-pool texts whose output changed under the session's rules and was read (a partitive
# before a name, a bare head after a sentence adverb, a list of names inside a reported clause,
# "önceki dönemler")
READ_SESSION20 = {"ttc-ekonomi-249", "ttc-ekonomi-91", "ttc-saglik-200", "ttc-saglik-396", "ttc-siyaset-259", "ttc-siyaset-63"}

# Session 21: dev-pool texts whose output changed and were read (agreements: 'yapılan anlaşma' as a
# status cue, a verbal noun before 've', coordinated clauses before a decision).
READ_SESSION21 = {"ttc-ekonomi-279", "ttc-spor-457", "ttc-spor-484", "ttc-teknoloji-403", "ttc-saglik-474",
                  # decisions referred to with no light verb
                  "ttc-ekonomi-174", "ttc-ekonomi-416", "ttc-ekonomi-47", "ttc-ekonomi-91", "ttc-kultursanat-157",
                  "ttc-siyaset-178", "ttc-siyaset-305", "ttc-siyaset-401", "ttc-siyaset-572", "ttc-spor-212",
                  "ttc-teknoloji-5", "ttc-teknoloji-520",
                  # a calendar date inside a decision's complement
                  "ttc-ekonomi-259"}

# session 22 (agreements): a participle alone before a bare head; arrest warrants
READ_SESSION22 = {"ttc-siyaset-554", "ttc-spor-462", "ttc-kultursanat-172", "ttc-teknoloji-28",
                  # a referred decision in the accusative
                  "ttc-kultursanat-2", "ttc-kultursanat-8", "ttc-teknoloji-174",
                  # court rulings dropped
                  "ttc-siyaset-395", "ttc-spor-372", "ttc-spor-558",
                  # a lone sentence-initial issuer written capitalised elsewhere
                  "ttc-kultursanat-355",
                  # a -DAki name before a singular head
                  "ttc-siyaset-230", "ttc-siyaset-297",
                  # a document that frames what follows (kapsamında, uyarınca): plans excluded after reading
                  "ttc-ekonomi-178", "ttc-kultursanat-116", "ttc-siyaset-457", "ttc-siyaset-523",
                  # "X ile ilgili" before a participle, "için" governed by a decision's verbal noun, judicial acts
                  "ttc-siyaset-215", "ttc-siyaset-395", "ttc-spor-574", "ttc-teknoloji-278", "ttc-teknoloji-65",
                  "ttc-siyaset-158", "ttc-siyaset-229", "ttc-siyaset-239", "ttc-spor-361",
                  "ttc-spor-213", "ttc-spor-446"}

# Session 30: dev-pool articles read around the changes that the whole-pool diffs of the unmarked
# colon rule and the "denilen açıklamada" cue showed, and snippets of the passive-report searches.
READ_SESSION30 = {"ttc-ekonomi-567", "ttc-siyaset-47", "ttc-siyaset-354", "ttc-siyaset-376", "ttc-siyaset-400",
        "ttc-siyaset-414", "ttc-spor-107", "ttc-spor-126", "ttc-spor-130", "ttc-spor-163", "ttc-spor-190",
        "ttc-spor-197", "ttc-teknoloji-207", "ttc-teknoloji-327", "ttc-teknoloji-520", "ttc-kultursanat-511",
        "ttc-saglik-59", "ttc-siyaset-577", "ttc-saglik-259", "ttc-siyaset-238", "ttc-kultursanat-295",
        "ttc-saglik-225", "ttc-siyaset-389", "ttc-spor-425", "ttc-spor-569"}

# Sessions 30-33, counted conservatively (``read_sessions30-33.txt``, one id per line): every
# dev-pool article whose extracted quotes or agreements changed between two whole-pool runs of one
# session (the runs whose diffs were read), every article where the rules and stanza analyzers
# disagreed on a quote (session 32 read those disagreements), and every article listed while reading
# speakerless direct quotes (sessions 32-33), and the articles whose quotes changed in session 33 after
# round 52 (the locative rule's whole-pool diffs) or showed a time phrase in a search. Many were only
# glanced at; all are left out.
READ_SESSIONS30_33 = set((Path(__file__).parent / "read_sessions30-33.txt").read_text(encoding="utf-8").split())

# Session 34 (``read_session34.txt``), as conservatively: the dev-pool articles whose quotes or dates
# changed between two whole-pool runs, and those listed while searching for lost-mark speech and
# clock times, before round 56 was drawn.
READ_SESSION34 = set((Path(__file__).parent / "read_session34.txt").read_text(encoding="utf-8").split())

# Session 35 (``read_session35.txt``): the dev-pool articles read in whole-pool diffs while fixing
# each round's errors, added before the next round is drawn.
READ_SESSION35 = set((Path(__file__).parent / "read_session35.txt").read_text(encoding="utf-8").split())

# Session 36 (``read_session36.txt``): the same, for session 36.
READ_SESSION36 = set((Path(__file__).parent / "read_session36.txt").read_text(encoding="utf-8").split())
# Session 37 (``read_session37.txt``): the same, for session 37.
READ_SESSION37 = set((Path(__file__).parent / "read_session37.txt").read_text(encoding="utf-8").split())
# Session 38 (``read_session38.txt``): the same, for session 38 (pool articles read after round 83).
READ_SESSION38 = set((Path(__file__).parent / "read_session38.txt").read_text(encoding="utf-8").split())
# Session 39 (``read_session39.txt``): the pool articles whose changed output was read in whole-pool diffs
# (and their near-copies that showed the same change), before round 84 was drawn.
READ_SESSION39 = set((Path(__file__).parent / "read_session39.txt").read_text(encoding="utf-8").split())
# Session 40 (``read_session40.txt``): the pool articles whose changed output (or whose text around a
# tried rule) was read while making rules from the NER-corpus story pools.
READ_SESSION40 = set((Path(__file__).parent / "read_session40.txt").read_text(encoding="utf-8").split())
# Session 41 (``read_session41.txt``): the pool articles whose changed output (or whose text around a
# tried rule) was read while making agreement rules from the NER-corpus story pools.
READ_SESSION41 = set((Path(__file__).parent / "read_session41.txt").read_text(encoding="utf-8").split())
# Session 42 (``read_session42.txt``): the pool articles whose changed speakers (initials, a bare title
# introduced later) or whose text around a looked-up construction was read.
READ_SESSION42 = set((Path(__file__).parent / "read_session42.txt").read_text(encoding="utf-8").split())
# Session 43 (``read_session43.txt``): the pool articles whose changed reports or quotes (lost-mark
# speech, a seen-past verb before a report, a dropped subject rule) or whose text around a looked-up
# construction (closing marks without an opening one, ``X şirketi,``) was read.
READ_SESSION43 = set((Path(__file__).parent / "read_session43.txt").read_text(encoding="utf-8").split())
# Session 44 (``read_session44.txt``): the pool articles whose changed speakers or agreements (a colon
# after the subject, a tried and dropped genitive guard, a titled programme) or whose text around a
# looked-up construction (a quoted name before a head) was read.
READ_SESSION44 = set((Path(__file__).parent / "read_session44.txt").read_text(encoding="utf-8").split())

# Every article above: what the selection rounds leave out as read.
READ = (READ_SESSION11 | READ_SESSION12 | READ_AFTER_ROUND16 | READ_SESSION13 | READ_SESSION14 | READ_SESSION15
        | READ_SESSION16 | READ_SESSION17 | READ_SESSION18 | READ_SESSION19 | READ_SESSION20 | READ_SESSION21
        | READ_SESSION22 | READ_SESSION30 | READ_SESSIONS30_33 | READ_SESSION34 | READ_SESSION35
        | READ_SESSION36 | READ_SESSION37 | READ_SESSION38 | READ_SESSION39 | READ_SESSION40
        | READ_SESSION41 | READ_SESSION42 | READ_SESSION43 | READ_SESSION44)
