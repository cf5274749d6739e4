"""probe12 producer i: iText 5.5.13 (Debian libitext5-java) driven from Java.

This script writes one command script per document (java/iNN_*.itext, UTF-8, tab-separated
fields), compiles java/ItextProbe.java once against /usr/share/java/itext5.jar and runs it on each
script to make pdf/iNN_*.pdf.  The gold is written from the same strings that go into the scripts.
iText lays out the text itself (Document.add / ColumnText); the generator only says what goes where.

  i01  PEEL report: Liberation Serif / Liberation Sans, TrueType embedded as Identity-H CID fonts
  i02  letter: base-14 Helvetica (WinAnsi, not embedded), Symbol bullets
  i03  spotlight: DejaVu Sans (Identity-H), two-column ColumnText flow, drawn bar chart
"""
import os
import subprocess

from common import HERE, Gold

TMP = os.environ.get("PROBE12_TMP", "/tmp/probe12/build")
JAR = "/usr/share/java/itext5.jar"
JAVA_DIR = os.path.join(HERE, "java")
CLASSES = os.path.join(TMP, "classes")
NBSP = "\u00a0"


class Script:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.gold = Gold(name)

    def cmd(self, *fields):
        for f in fields:
            assert "\t" not in f and "\n" not in f, f
        self.lines.append("\t".join(fields))

    def p(self, *sents, left=False):
        self.cmd("PL" if left else "P", " ".join(sents))
        self.gold.add(*sents)

    def num(self, n, *sents):
        self.cmd("NUM", str(n), " ".join(sents))
        self.gold.add(*sents)

    def ul(self, items):
        """items: list of str (level 1) or (level, str)."""
        for it in items:
            lv, s = (1, it) if isinstance(it, str) else it
            self.cmd("UL", str(lv), s)
            self.gold.add(s)

    def prose_table(self, widths, header, rows, gold_cols):
        """rows: list of cells; a gold cell is a list of sentences, others strings."""
        self.cmd("TABLE", ",".join(map(str, widths)), "|".join(header))
        for r in rows:
            cells = [" ".join(c) if isinstance(c, list) else c for c in r]
            self.cmd("ROW", *cells)
            for k in gold_cols:
                self.gold.add(*r[k])
        self.cmd("ENDTABLE")

    def box(self, title, paras):
        self.cmd("BOX", title)
        for sents in paras:
            self.cmd("P", " ".join(sents))
            self.gold.add(*sents)
        self.cmd("ENDBOX")

    def build(self):
        script = os.path.join(JAVA_DIR, self.name + ".itext")
        with open(script, "w", encoding="utf-8") as f:
            f.write("# " + self.name + ": command script for ItextProbe.java (written by gen_itext.py)\n")
            f.write("\n".join(self.lines) + "\n")
        pdf = os.path.join(HERE, "pdf", self.name + ".pdf")
        subprocess.run(["java", "-cp", JAR + ":" + CLASSES, "ItextProbe", script, pdf], check=True)
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")


BACK = ["© Crown copyright 2026 (synthetic test document).",
        "This publication is licensed under the terms of the Open Government Licence v3.0 except "
        "where otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-"
        "government-licence/version/3.",
        "Where we have identified any third-party copyright information, you will need to obtain "
        "permission from the copyright holders concerned.",
        "This document is available at www.justiceinspectorates.gov.uk/hmicfrs",
        "Any enquiries about this publication should be sent to us at "
        "contactus@hmicfrs.gov.uk",
        "ISBN: 000-0-00000-000-0 (not a real number)"]


def i01():
    d = Script("i01_peel_brackenholt")
    d.cmd("DOC", "liberation", "10.5", "96", "PEEL 2025–27: Brackenholt Constabulary")
    d.cmd("FURN", "off")
    d.cmd("COVER", "PEEL 2025–27",
          "Police effectiveness, efficiency and legitimacy: an inspection of Brackenholt Constabulary",
          "Brackenholt Constabulary", "Published 19 May 2026")
    d.cmd("NEWPAGE")
    toc = [("1", "Overall summary"), ("2", "Our judgements"),
           ("1", "Preventing crime and anti-social behaviour: good"),
           ("1", "Investigating crime: adequate"),
           ("1", "Protecting vulnerable people: requires improvement"),
           ("1", "About the data")]
    for lv, t in toc:
        d.cmd("TOCENTRY", lv, t)
    d.cmd("FURN", "on", "num")
    d.cmd("CONTENTS")
    d.cmd("NEWPAGE")
    d.cmd("HEADER", "PEEL 2025–27", "Brackenholt Constabulary", "HMICFRS")
    d.cmd("FURN", "on")
    d.cmd("H1", toc[0][1], "toc")
    d.p("This report sets out our findings about the performance of Brackenholt Constabulary.",
        "The force serves a mainly rural county with two large market towns and a busy ferry "
        "port, and its officers cover more than 2" + NBSP + "600 square kilometres.",
        "We found a force that knows its communities well and is effective at preventing crime, "
        "but it needs to improve how it protects vulnerable people.")
    d.cmd("H2", toc[1][1], "toc")
    d.p("Our inspection assessed how good Brackenholt Constabulary is in six areas of policing.",
        "The grades we gave are shown in the table below.")
    d.cmd("TABLE", "3,1", "Area of policing|Grade")
    for area, grade in [("Preventing crime and anti-social behaviour", "Good"),
                        ("Responding to the public", "Adequate"),
                        ("Investigating crime", "Adequate"),
                        ("Protecting vulnerable people", "Requires improvement"),
                        ("Managing offenders and suspects", "Good"),
                        ("Building, supporting and protecting the workforce", "Adequate")]:
        d.cmd("ROW", area, "**" + grade)
    d.cmd("ENDTABLE")
    d.cmd("H1", toc[2][1], "toc")
    d.num(1, "Brackenholt Constabulary is good at preventing crime and anti-social behaviour.",
          "Its neighbourhood policing teams are stable, and most officers have worked in the same "
          "area for several years.^[Neighbourhood teams include police community support officers "
          "and special constables.]")
    d.num(2, "The force uses a recognised problem-solving model, and we saw some good examples "
          "of officers working with housing providers and the harbour authority to reduce repeat "
          "calls.")
    d.p("We found that the neighbourhood teams:", left=True)
    d.ul(["hold regular meetings with residents and publish what they have done in response;",
          "use crime data to decide where to patrol, especially:",
          (2, "on summer weekends in the coastal towns;"),
          (2, "near schools at the end of the day;"),
          "share information with the council’s anti-social behaviour officers every week."])
    d.num(3, "However, the force does not always evaluate its crime prevention work, so it cannot "
          "be sure which of its approaches are the most effective.")
    d.cmd("H1", toc[3][1], "toc")
    d.num(4, "The force’s investigations are generally of a reasonable standard.",
          "In 52 of the 70 cases we reviewed, the investigation was thorough and the victim was "
          "kept informed.")
    d.num(5, "But supervisors did not always set clear lines of enquiry, and some "
          "investigations^[We reviewed investigations that were closed between March and August "
          "2025.] were delayed while officers waited for digital devices to be examined.",
          "The backlog in the digital forensics unit has grown to around 480 devices.")
    d.prose_table([1, 2], ["Area for improvement", "What we found"], [
        ["Supervision of investigations",
         ["Supervisory reviews were recorded in most files.",
          "Too few of them gave investigators specific direction."]],
        ["Digital forensics",
         ["Devices from serious cases are examined first.",
          "Other victims can wait for more than six months for their case to progress."]],
        ["Victim contact",
         ["The force does not consistently record whether it has complied with the Code of "
          "Practice for Victims of Crime."]],
    ], gold_cols=[1])
    d.cmd("H1", toc[4][1], "toc")
    d.num(6, "The force requires improvement at protecting vulnerable people.",
          "Call handlers identify vulnerability well, but the force does not always attend "
          "incidents of domestic abuse as quickly as it should.")
    d.num(7, "We found 23 cases in which officers took longer than the force’s own target to "
          "arrive, and in nine of these the victim had been assessed as being at high risk.")
    d.box("Cause of concern", [
        ["The force is not responding quickly enough to incidents involving vulnerable victims."],
        ["Within three months, the force should review how it prioritises these calls and make "
         "sure that it has enough officers available to attend them."]])
    d.cmd("H1", toc[5][1], "toc")
    d.p("The figures in this report come from the force and from our own case file review.",
        "They have not been audited, and they should be read alongside the narrative in each "
        "section.")
    d.cmd("NEWPAGE")
    d.cmd("FURN", "off")
    d.cmd("BACK", *BACK)
    d.build()


def i02():
    d = Script("i02_letter_kestreven")
    d.cmd("DOC", "helvetica", "10.5", "72", "Kestreven Police: vetting and counter-corruption revisit")
    d.cmd("FURN", "on", "num", "2")
    d.cmd("HEADER", "Kestreven Police – vetting and counter-corruption revisit", "", "")
    d.cmd("LETTERHEAD", "His Majesty’s Inspectorate of Constabulary", "and Fire & Rescue Services",
          "Tenterfield House", "4 Ropewalk Lane", "Ashby Parva AP3 9ZZ", "Tel: 0300 000 0000")
    d.cmd("NOTICE")
    for line in ["Chief Constable Ruth Amberley-Hale", "Kestreven Police", "Force Headquarters",
                 "Saltcote Road", "Kestreven KV1 4XX"]:
        d.cmd("LINE", line)
    d.cmd("RIGHT", "21 April 2026")
    d.cmd("LINE", "Dear Chief Constable,")
    d.cmd("GAP", "8")
    d.cmd("LINE", "Revisit of vetting and counter-corruption arrangements in Kestreven Police", "b")
    d.cmd("GAP", "8")
    d.p("In March 2026 we revisited your force to examine the progress it has made since our "
        "inspection of vetting and counter-corruption in 2024.",
        "At that inspection we identified a cause of concern and made three recommendations.",
        "This letter sets out what we found.")
    d.p("I am pleased to report that the force has made substantial progress.",
        "It has cleared the backlog of vetting renewals that concerned us, and every officer and "
        "member of staff now holds the level of vetting that their role requires.^[Figures "
        "supplied by the force’s vetting unit on 2 March 2026.]")
    d.p("Since our last inspection, the force has:", left=True)
    d.ul(["recruited four additional vetting officers and a senior analyst;",
          "introduced software that monitors the use of its computer systems;",
          "trained its supervisors to recognise the warning signs of abuse of position for a "
          "sexual purpose;",
          "set up a confidential reporting line that is run by an independent charity."])
    d.p("We reviewed 40 vetting files and found that decisions were well reasoned and properly "
        "recorded.",
        "In every case where the force granted vetting despite adverse information, it had "
        "written down why it had done so and what safeguards it had put in place.")
    d.p("The table below summarises our assessment of each recommendation.", left=True)
    d.prose_table([1, 2, 3], ["No.", "Recommendation", "Our assessment"], [
        ["1", "Vetting backlog",
         ["The force has fully met this recommendation."]],
        ["2", "Monitoring of IT systems",
         ["The software is in place, but the counter-corruption unit does not yet have enough "
          "staff to review all the alerts it produces."]],
        ["3", "Intelligence about abuse of position",
         ["The force now gathers this intelligence actively.",
          "We consider the recommendation met."]],
    ], gold_cols=[2])
    d.p("The confidential reporting line has received 17 reports since it opened in September "
        "2025.",
        "Staff we spoke to knew how to use it, and most said that they would trust it with a "
        "concern about a colleague.",
        "The force has also published clear guidance on the declaration of business interests "
        "and associations.")
    d.p("Some work remains.",
        "The counter-corruption unit had 160 alerts waiting to be assessed during our visit, some "
        "of which were more than two months old.",
        "The force should make sure that it has enough capacity to deal with this demand.")
    d.p("We will continue to monitor the force’s progress through our usual contact with it.",
        "A copy of this letter has been sent to the police, fire and crime commissioner for "
        "Kestreven.")
    d.p("Thank you for the assistance that your officers and staff gave us during the revisit.")
    d.cmd("LINE", "Yours sincerely,")
    d.cmd("SIGNATURE")
    d.cmd("LINE", "Alasdair Penwarden-Bright", "b")
    d.cmd("LINE", "His Majesty’s Inspector of Constabulary")
    d.build()


def i03():
    d = Script("i03_spotlight_corrowdale")
    d.cmd("DOC", "dejavu", "9.5", "72", "Spotlight: Corrowdale Constabulary and fraud against older people")
    d.cmd("FURN", "on")
    d.cmd("HEADER", "", "Corrowdale Constabulary · Fraud spotlight · April 2026",
          "HMICFRS spotlight report")
    d.cmd("TITLE", "Spotlight: how Corrowdale Constabulary protects older people from fraud")
    d.cmd("NOTICE")
    d.p("Fraud is now the most common crime experienced by older people in Corrowdale.",
        "In this spotlight report we look at how well the force identifies victims, investigates "
        "offences and works with banks and charities to prevent further losses.")
    d.cmd("TWOCOL")
    d.cmd("H2", "Identifying victims")
    d.p("The force’s control room has a clear process for recording reports of fraud, and call "
        "handlers ask questions that help them to judge whether the caller is vulnerable.",
        "When a victim is over 75 or lives alone, the case is passed to a dedicated economic crime "
        "officer on the same day.")
    d.p("However, we found that many victims do not report fraud to the police at all, and the "
        "force relies on national referrals to find them.",
        "Those referrals often arrive several weeks after the offence, by which time the money "
        "has usually been moved abroad.")
    d.p("We found that the economic crime officers:", left=True)
    d.ul(["visit every vulnerable victim in person within five working days;",
          "fit call-blocking devices for victims who receive repeated scam calls;",
          "tell the victim’s bank so that it can watch for further suspicious payments."])
    d.cmd("BOX", "Promising practice")
    d.cmd("P", "The force has trained volunteers from a local older people’s charity to give "
          "fraud prevention talks in sheltered housing schemes.")
    d.cmd("P", "Since the scheme started in 2024, the volunteers have spoken to more than "
          "1" + NBSP + "900 residents, and the number of repeat victims in those schemes has fallen.")
    d.cmd("ENDBOX")
    d.gold.add("The force has trained volunteers from a local older people’s charity to give "
               "fraud prevention talks in sheltered housing schemes.",
               "Since the scheme started in 2024, the volunteers have spoken to more than "
               "1" + NBSP + "900 residents, and the number of repeat victims in those schemes has fallen.")
    d.cmd("H2", "Investigating offences")
    d.p("The quality of fraud investigations was mixed.",
        "Where the offender was local, such as a rogue trader or a carer, officers usually "
        "gathered evidence quickly and built strong cases.",
        "Where the offender was unknown or overseas, investigations were often closed after only "
        "basic enquiries.^[Figure 1 shows outcomes for the 120 cases we examined.]")
    d.cmd("FIG", "Figure 1: Outcome of 120 fraud cases involving victims aged 70 or over",
          "Charged=18;Out of court=6;Closed, no suspect=47;Transferred=21;Ongoing=8")
    d.p("We accept that the force cannot pursue every overseas fraudster, but it should make "
        "sure that each case is reviewed by a trained investigator before it is closed.",
        "Victims told us that they felt embarrassed and that a clear explanation of the outcome "
        "mattered to them as much as the result.")
    d.p("Some victims had to repeat their account to three different people before anyone "
        "took action.",
        "The force should make sure that one officer remains responsible for each case from "
        "start to finish.")
    d.cmd("H2", "Working with partners")
    d.p("The force has good relationships with the banks that have branches in the county.",
        "Bank staff who suspect that a customer is being defrauded can call the police through a "
        "dedicated number, and officers attend urgently.",
        "In the twelve months before our inspection, this approach prevented losses of more than "
        "£410" + NBSP + "000.")
    d.p("Trading standards officers and the force run joint operations against doorstep "
        "criminals, although these happen less often than they did before 2023.",
        "Charities told us that they would welcome more regular contact with the force.")
    d.p("The force should now share what it has learned with neighbouring forces, many of which "
        "face the same problems.",
        "We will look at its progress when we next inspect Corrowdale Constabulary.")
    d.cmd("ENDCOL")
    d.cmd("FURN", "off")
    d.cmd("BACK", *BACK)
    d.build()


def main():
    os.makedirs(CLASSES, exist_ok=True)
    os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
    subprocess.run(["javac", "-encoding", "UTF-8", "-cp", JAR, "-d", CLASSES,
                    os.path.join(JAVA_DIR, "ItextProbe.java")], check=True)
    i01()
    i02()
    i03()


if __name__ == "__main__":
    main()
