"""w01: PEEL-style report written in Word styles (python-docx, LibreOffice PDF): title page,
numbered Heading 1 / Heading 2, justified hyphenated Liberation Sans body, List Bullet and
List Number paragraphs, header text and a PAGE field in the footer, and page breaks inside
paragraphs (between sentences)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wlib4 import NOTICE, W  # noqa: E402

F = "Calderwick Police"
w = W("w01_peel_styles", "Liberation Sans", 11, justify=True, hyphenate=True)
d = w.doc
w.header_footer(d.sections[0], "PEEL 2025: " + F)
t = d.add_paragraph(style="Title")
t.add_run("PEEL 2025: An inspection of " + F)
w.para(NOTICE, gold=False)
w.para("Report date: September 2025", gold=False)
w.page_break()

w.heading("1. Summary", 1)
w.para(["This report sets out our assessment of how well " + F + " provides policing services to the public.",
        "We carried out fieldwork over two weeks in June 2025 and reviewed a large sample of records beforehand.",
        "The force is performing well in some areas, but we have concerns about how it investigates crime."])
w.para(["Our main findings are:"], gold=True)
for s in ["The force responds quickly to emergency calls in urban areas.",
          "Victims in rural areas wait considerably longer for an officer to attend.",
          "Investigations are not always supervised well enough.",
          "The force has a good understanding of its workforce and their wellbeing."]:
    w.para(s, style="List Bullet")
w.heading("2. Responding to the public", 1)
w.heading("2.1 Answering calls", 2)
w.para(["Most calls to the emergency number are answered within ten seconds.",
        "The force has recently introduced a call-back service for non-emergency callers who do not wish to wait.",
        "Callers we spoke to said the service was convenient, although some were not called back on the same day."])
w.runs([("The force uses a standard risk assessment when it takes a call.", "g"),
        ("Call handlers complete it in most cases, but they rarely record the victim\u2019s previous contact with "
         "the police.", "g"),
        ("", "pb"),
        ("Without this information, repeat victims may not be identified at the first opportunity.", "g")])
w.heading("2.2 Attending incidents", 2)
w.para(["Officers attend emergency incidents in the larger towns within fifteen minutes on average.",
        "In the western uplands the average is more than thirty minutes, and the force has not set out how it "
        "intends to close this gap."])
w.heading("3. Investigating crime", 1)
w.para(["We reviewed eighty investigations that the force had closed in the six months before our fieldwork.",
        "Around a quarter had not been investigated as thoroughly as they should have been.",
        "In many of these, obvious lines of enquiry such as house-to-house visits or the collection of footage "
        "were not pursued."])
w.runs([("Supervisors told us that they did not have time to review every investigation.", "g"),
        ("The force has started a review of how investigations are allocated, which it expects to finish by the "
         "end of the year.", "g"),
        ("", "pb"),
        ("We will examine the results of this review when we next visit the force.", "g")])
w.heading("4. Areas for improvement", 1)
w.para(["We identified the following areas for improvement:"], gold=True)
for s in ["The force should make sure that call handlers record a victim\u2019s previous contact with the police.",
          "The force should reduce the time it takes to attend incidents in rural areas.",
          "The force should make sure that supervisors review investigations regularly and record their "
          "decisions."]:
    w.para(s, style="List Number")
w.heading("5. Recommendation", 1)
w.para(["By June 2026, " + F + " should set out how it will make sure that all lines of enquiry are followed in "
        "every investigation."])
w.heading("6. Workforce and wellbeing", 1)
w.para(["The force carries out a detailed survey of its workforce every year.",
        "Leaders have acted on the results, for example by providing more private rest areas for control room "
        "staff.",
        "Occupational health referrals are dealt with promptly, and officers on restricted duties are well "
        "supported."])
w.finish()
