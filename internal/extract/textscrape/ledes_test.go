package textscrape

import (
	"strings"
	"testing"
)

// TestLedeRules checks rules found on the development half of the text
// dumps: decks and standfirsts set apart above the text by a byline, a
// time stamp, a picture's credit or a "Loading..." placeholder, captions
// that place the people in their picture, a headline that opens the body
// under a time stamp, and navigation in Chinese.
func TestLedeRules(t *testing.T) {
	de := func(s string) string {
		return s + " Die Aktivisten wollten damit auf die Verbindung zwischen der Wall Street und der Klimakrise hinweisen. Die Banken reagierten zunächst nicht auf die Vorwürfe."
	}
	tests := []lineCase{
		{
			name: "a one-sentence deck over the byline, a time stamp and a credit is text",
			lines: []string{
				"- Naturparadies Asturien",
				"- mehr",
				"Klimaschutz: Bohren, bis es heiß wird",
				"Weltweit finanzieren Banken und Investoren Unternehmungen, die dem Klima schaden.",
				"Von Heike Buchter",
				"19. Oktober 2019, 19:08 Uhr Editiert am 19. Oktober 2019, 19:08 Uhr DIE ZEIT Nr. 43/2019",
				"Exklusiv für Abonnenten",
				"Eine Fracking-Anlage zur Förderung von Gas im US-Bundesstaat Pennsylvania © Noah Addis",
				de("Touristen und Börsenhändler waren überrascht, als sich plötzlich mit Kunstblut besudelte Gestalten auf das Pflaster legten."),
				de("Der Protest galt den Banken."),
				"Navigationspfad",
			},
			want: map[string]string{
				"Weltweit finanzieren Banken und Investoren Unternehmungen, die dem Klima schaden.": LabelBody,
				"Klimaschutz: Bohren, bis es heiß wird":                                             LabelTitle,
				"Von Heike Buchter":                                                                 LabelFurniture,
			},
		},
		{
			name: "a deck of several sentences trailing off is text",
			lines: []string{
				"Start|Magazin|Coole Tipps|Magic Cleaning",
				"Die besten Tricks von Marie Kondo für Kleiderschrank & Co.",
				"Sie ist die Königin des Aufräumens – und seit Anfang 2019 auch ein Serienstar. Marie Kondo besucht Menschen und hilft Ihnen, Ordnung in ihr Leben zu bringen. Uns hat natürlich besonders interessiert, was sie zum Thema Kleiderschrank zu sagen hat…",
				"© Getty Images",
				de("Wer bisher noch nichts von Marie Kondo gehört hat, ist entweder so ordentlich, dass ihn Aufräum-Tipps nicht interessieren, oder er lebt hinter dem Mond."),
				de("Aufräumen für eine bessere Zukunft ist ihre feste Überzeugung."),
			},
			want: map[string]string{
				"Sie ist die Königin des Aufräumens – und seit Anfang 2019 auch ein Serienstar. Marie Kondo besucht Menschen und hilft Ihnen, Ordnung in ihr Leben zu bringen. Uns hat natürlich besonders interessiert, was sie zum Thema Kleiderschrank zu sagen hat…": LabelBody,
			},
		},
		{
			name: "a standfirst over a byline and a loading placeholder is text",
			lines: []string{
				"Covid-19: Lässt sich die Coronavirus-Ausbreitung in Deutschland kontrollieren?",
				"In Baden-Württemberg und NRW gibt es erstmals Covid-19-Fälle. Wie Behörden die Ausbreitung verhindern wollen und wie man sich schützen kann, eine FAQ.",
				"von Lars Fischer und Alina Schadwinkel",
				"Laden...",
				"© Ada Yokota / Getty Images / iStock (Ausschnitt)",
				de("In Baden-Württemberg ist ein erster Coronavirus-Patient bestätigt, ebenso in NRW."),
				de("Die Behörden beraten nun über weitere Maßnahmen."),
			},
			want: map[string]string{
				"In Baden-Württemberg und NRW gibt es erstmals Covid-19-Fälle. Wie Behörden die Ausbreitung verhindern wollen und wie man sich schützen kann, eine FAQ.": LabelBody,
			},
		},
		{
			name: "a deck over a few tags of the article and empty share buttons is text",
			lines: []string{
				"Burgenland: Best of Ruster Ausbruch DAC",
				"Auf einen Blick: Jahrhundertelang war der edelsüße Ruster Ausbruch der mit Abstand berühmteste und begehrteste Wein, der am Gebiet des heutigen Burgenlands entstanden ist. Seit dem Jahr 2020 ist dieses Juwel aus weißen Rebsorten vom Westufer des Neusiedler Sees als geschützte Herkunft mit DAC-Status",
				"28. Januar 2022",
				"Burgenland",
				"- Wein",
				"- DAC",
				"-",
				"-",
				"- Artikel drucken",
				de("412 Hektar stehen den Ruster Winzern zur Verfügung, der Ruster Ausbruch muss in der Freistadt verarbeitet werden."),
				de("Die Lagen am Westufer des Sees sind begehrt."),
			},
			want: map[string]string{
				"Auf einen Blick: Jahrhundertelang war der edelsüße Ruster Ausbruch der mit Abstand berühmteste und begehrteste Wein, der am Gebiet des heutigen Burgenlands entstanden ist. Seit dem Jahr 2020 ist dieses Juwel aus weißen Rebsorten vom Westufer des Neusiedler Sees als geschützte Herkunft mit DAC-Status": LabelBody,
			},
		},
		{
			name: "a blog's tagline above its menu is no lede, and the post's header is no comment signature",
			lines: []string{
				"Zum Inhalt springen",
				"Insubordinantes Denken",
				"\"Quäl Dich nicht, mein Liebling, überlass das mir.\"",
				"- Startseite",
				"- Cast & Crew",
				"- Booklist",
				"- Wannaread Booklist",
				"- Fetishwatchlist",
				"- Blogroll",
				"Need for Speed",
				"11. August 2015",
				de("Der kleine Junge bremst abrupt vor mir ab und ruft mir etwas zu."),
				de("Es dauert nur ein paar Minuten bis ins Nachbardorf."),
				de("Ich schleiche mich langsam an die Maschine."),
				"3 Gedanken zu “Need for Speed”",
				"dasmanuel schreibt:",
				"12. August 2015 um 8:13",
				"Das ist ein wirklich gut geschriebener Text, danke dafür und weiter so.",
				"Feli schreibt:",
				"13. August 2015 um 17:46",
				"Wusste gar nicht, dass du sowas auch fahren kannst, erzähl mal mehr davon.",
			},
			want: map[string]string{
				"\"Quäl Dich nicht, mein Liebling, überlass das mir.\"":                LabelFurniture,
				de("Der kleine Junge bremst abrupt vor mir ab und ruft mir etwas zu."): LabelBody,
				de("Ich schleiche mich langsam an die Maschine."):                      LabelBody,
			},
		},
		{
			name: "captions with a glued credit or placing people are furniture",
			lines: []string{
				"Wohngewächshaus selber bauen",
				"15. Januar 2022",
				"Exotische Zimmerpflanzen liegen im Trend, doch viele der faszinierenden Pflanzen brauchen ein wärmeres und feuchteres Klima, als in unseren Wohnräumen herrscht. Die Lösung ist ein Wohngewächshaus.",
				"-",
				"Bepflanzt und dekoriert wird das Livingten zu einem wohnlichen Mittelpunkt im Garten.© Hoklatherm",
				de("Behagliche Temperaturen und üppiges Grün auch im Winter: Ein Wohngewächshaus bietet eine Zuflucht vor dem kalten Wetter."),
				"Kristi Noem, governor of South Dakota, pictured at the White House turkey pardon in 2018, when she was governor-elect.",
				de("Möglich ist das mit dem Wohngewächshaus im Modul-Bausystem."),
				"Once the preserve of science fiction, through films such as Alien (pictured) and 2001: A Space Odyssey, hibernation may become a reality.",
				de("Konstruiert nach dem Prinzip der thermischen Trennung, herrschen darin selbst im Winter angenehme Temperaturen."),
			},
			want: map[string]string{
				"Bepflanzt und dekoriert wird das Livingten zu einem wohnlichen Mittelpunkt im Garten.© Hoklatherm":                                                                                                    LabelFurniture,
				"Kristi Noem, governor of South Dakota, pictured at the White House turkey pardon in 2018, when she was governor-elect.":                                                                               LabelFurniture,
				"Once the preserve of science fiction, through films such as Alien (pictured) and 2001: A Space Odyssey, hibernation may become a reality.":                                                            LabelFurniture,
				"Exotische Zimmerpflanzen liegen im Trend, doch viele der faszinierenden Pflanzen brauchen ein wärmeres und feuchteres Klima, als in unseren Wohnräumen herrscht. Die Lösung ist ein Wohngewächshaus.": LabelBody,
			},
		},
		{
			name: "a question headline opening the body under a time stamp is the title",
			lines: []string{
				"- Fachbereiche",
				"- Energie",
				"Energie 12.12.2022, 08:30 Uhr",
				"Kernfusion: Kann „die Energiequelle der Sterne“ Energieprobleme aus der Welt schaffen?",
				de("Kernfusion kommt als Energieform immer wieder ins Gespräch."),
				de("Denn man sucht gerade in der aktuellen Energiekrise nach neuen Ideen."),
			},
			want: map[string]string{
				"Kernfusion: Kann „die Energiequelle der Sterne“ Energieprobleme aus der Welt schaffen?": LabelTitle,
				"Energie 12.12.2022, 08:30 Uhr": LabelFurniture,
			},
		},
		{
			name: "Chinese section names and glued headlines are no text",
			lines: []string{
				"河南81家上市公司已复工75家王毅会见越南副总理兼外长范平明290人涉疫情犯罪被检察机关提起公诉中国大陆高校再度领跑泰晤士高等教育新兴经济体大学排名重庆健康码上线服务复工出行手上有工 心中不慌——珠三角务工人员陆续返岗见闻“云办公”“线上建店”“共享员工”——看浙江服务业怎样复工",
				"- 客户端",
				"时政 地方 法治 高层 人事 理论 国际 军事 访谈 港澳 台湾 财经 金融 证券 房产 汽车 能源 健康 教育 科技 体育 娱乐 时尚 旅游 文化 图片 视频 专题 直播 社区 论坛 博客 读书 书画 会议",
				"新华网 正文",
				"武汉的声音：有英勇的你，才有英雄的城！",
				"2020-02-19 20:29:58 来源： 半月谈",
				"评论",
				"在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。",
				"即便日常已改变了模样，但生活依然要继续。纵然已有焦虑煎熬，但内心仍需要坚强。居家一日游、前后楼隔空对歌、阳台上的音乐会，武汉人在封闭中保持着乐观。",
				"面对泰山压顶的疫情，有的人崩溃了，但更多的人挺住了。仓促接敌的医务人员，竭尽所能救治病患；志愿出征的快递小哥，默默守护城市的运转。",
			},
			want: map[string]string{
				"时政 地方 法治 高层 人事 理论 国际 军事 访谈 港澳 台湾 财经 金融 证券 房产 汽车 能源 健康 教育 科技 体育 娱乐 时尚 旅游 文化 图片 视频 专题 直播 社区 论坛 博客 读书 书画 会议": LabelFurniture,
				"即便日常已改变了模样，但生活依然要继续。纵然已有焦虑煎熬，但内心仍需要坚强。居家一日游、前后楼隔空对歌、阳台上的音乐会，武汉人在封闭中保持着乐观。":                                LabelBody,
			},
		},
		{
			name: "a summary of short sentences over the text is text",
			lines: []string{
				"Münsters Caritas-Chef Kessmann ist gegen Impfpflicht in der Pflege",
				"In den Altenheime gebe es ohnehin schon eine hohe Impfquote, so Kessmann.Foto: Michael Bönte",
				"- Die Impfpflicht für die Pflege sei ein falscher Ansatz zur Bekämpfung der Corona-Pandemie.",
				"- Das sagt Münsters Diözesancaritasdirektor Heinz-Josef Kessmann.",
				"- Denn die Altenpflege sei kein Hotspot der Pandemie.",
				"Anzeige",
				"-",
				de("Die Caritas in der Diözese Münster sieht in der Diskussion um eine Impfpflicht für Mitarbeitende in der Pflege einen falschen Ansatz."),
				de("In den 205 Caritas-Altenheimen lägen die Impfquoten hoch."),
			},
			want: map[string]string{
				"- Die Impfpflicht für die Pflege sei ein falscher Ansatz zur Bekämpfung der Corona-Pandemie.": LabelBody,
				"- Denn die Altenpflege sei kein Hotspot der Pandemie.":                                        LabelBody,
			},
		},
		{
			name: "the lede over a paywall is the text of a page with no other",
			lines: []string{
				"«Gute Löhne alleine reichen nicht»",
				"07.11.2023 Ormalingen, Ormalingen, Baselbiet",
				"Michael Sokoll, Brigitte Baur, Marc Brndli und Nicole Schneeberger (von links) sprachen ber die angespannte Personalsituation. Bild Paul Aenishnslin",
				"So bleibt man als Arbeitgeber attraktiv",
				"Das Zentrum Ergolz lud zur Gesprächsrunde ein. Die Teilnehmenden sprachen darüber, wie Arbeitgeber in Zeiten des Fachkräftemangels genügend Personal finden. Mit dabei: der Personalchef des bei Arbeitnehmern beliebtesten ...",
				"Share",
				"Image Title",
				"1/10",
				"Möchten Sie weiterlesen?",
				"Ja. Ich bin Abonnent.",
				"Haben Sie noch kein Konto? Registrieren Sie sich hier",
				"Ja. Ich benötige ein Abo.",
			},
			want: map[string]string{
				"Das Zentrum Ergolz lud zur Gesprächsrunde ein. Die Teilnehmenden sprachen darüber, wie Arbeitgeber in Zeiten des Fachkräftemangels genügend Personal finden. Mit dabei: der Personalchef des bei Arbeitnehmern beliebtesten ...": LabelBody,
				"Michael Sokoll, Brigitte Baur, Marc Brndli und Nicole Schneeberger (von links) sprachen ber die angespannte Personalsituation. Bild Paul Aenishnslin":                                                                            LabelFurniture,
			},
		},
		{
			name: "a post quoted last closes the text, a time stamp under it does not",
			lines: []string{
				"New York man sentenced for threatening Ilhan Omar",
				para("Omar asked for compassion during Carlineo's sentencing in a letter posted on Twitter Tuesday."),
				"We must apply a system of compassion to criminal justice.",
				"Who are we as a nation if we respond to threats of political retribution with retribution ourselves? pic.twitter.com/s96jjh8AlD",
				"— Rep. Ilhan Omar (@Ilhan) November 19, 2019",
				"Updated at 1:23 p.m.",
				"Tags Alexandria Ocasio-Cortez jeanine pirro Ilhan Omar death threat",
				"Most Popular",
			},
			want: map[string]string{
				"Who are we as a nation if we respond to threats of political retribution with retribution ourselves? pic.twitter.com/s96jjh8AlD": LabelBody,
				"— Rep. Ilhan Omar (@Ilhan) November 19, 2019": LabelBody,
				"Updated at 1:23 p.m.":                         LabelFurniture,
			},
		},
		{
			name: "contact, cart and page widgets are furniture",
			lines: []string{
				"Heizungstausch: Was jetzt gilt",
				para("Der Austausch alter Heizungen wird gefördert."),
				para("Die Förderung gilt auch für Hybridheizungen."),
				"- Seite drucken",
				"- Seite empfehlen",
				"Ansprechpartner",
				"Haben Sie Fragen oder Anregungen zu einem Beitrag? Wir freuen uns auf Ihre Nachricht.",
				"ERSCHIENEN IN",
				"Ihr Warenkorb ist leer",
			},
			want: map[string]string{
				"- Seite drucken":        LabelFurniture,
				"- Seite empfehlen":      LabelFurniture,
				"Ansprechpartner":        LabelFurniture,
				"ERSCHIENEN IN":          LabelFurniture,
				"Ihr Warenkorb ist leer": LabelFurniture,
			},
		},
		{
			name: "a biography under an author box heading is furniture even with text below",
			lines: []string{
				"Abmahnungen: Das Geschäft mit dem Filesharing",
				para("Dazu muss das überholte Urheberrecht an die Anforderungen des digitalen Wandels angepasst werden."),
				para("Dieser Artikel baut auf einer gemeinsamen Recherche auf."),
				"Über den Autor/ die Autorin",
				"Markus Reuter",
				"Markus Reuter beschäftigt sich mit den Themen Digital Rights, Hate Speech & Zensur, Fake News & Social Bots, Videoüberwachung, Grund- und Bürgerrechte sowie soziale Bewegungen. Bei netzpolitik.org seit März 2016 als Redakteur dabei. Er ist erreichbar unter markus.reuter | ett | netzpolitik.org (Open",
				"Veröffentlicht 23.06.2016 um 16:14",
				para("Ist Videoüberwachung beim Zahnarzt erlaubt? Darüber urteilte das Bundesverwaltungsgericht."),
				para("Die Richter empfahlen Schließfächer statt Kameras."),
			},
			want: map[string]string{
				"Markus Reuter": LabelFurniture,
				"Markus Reuter beschäftigt sich mit den Themen Digital Rights, Hate Speech & Zensur, Fake News & Social Bots, Videoüberwachung, Grund- und Bürgerrechte sowie soziale Bewegungen. Bei netzpolitik.org seit März 2016 als Redakteur dabei. Er ist erreichbar unter markus.reuter | ett | netzpolitik.org (Open": LabelFurniture,
				para("Dieser Artikel baut auf einer gemeinsamen Recherche auf."): LabelBody,
			},
		},
	}
	runLineCases(t, tests)
}

// TestLedeDate checks that a date line between a lede and the text is
// still taken as the header's date.
func TestLedeDate(t *testing.T) {
	text := strings.Join([]string{
		"Klimaschutz: Bohren, bis es heiß wird",
		"Weltweit finanzieren Banken und Investoren Unternehmungen, die dem Klima schaden.",
		"Von Heike Buchter",
		"19. Oktober 2019",
		"Eine Fracking-Anlage zur Förderung von Gas im US-Bundesstaat Pennsylvania © Noah Addis",
		para("Touristen und Börsenhändler waren überrascht, als sich plötzlich Gestalten auf das Pflaster legten."),
		para("Der Protest galt den Banken."),
	}, "\n")
	r := Extract(text, Options{})
	if r.Published != "2019-10-19" || r.PublishedFrom != "header" {
		t.Errorf("published %q from %q, want 2019-10-19 from header", r.Published, r.PublishedFrom)
	}
	if got := labelsOf(r)["Weltweit finanzieren Banken und Investoren Unternehmungen, die dem Klima schaden."]; got != LabelBody {
		t.Errorf("lede labelled %q, want body", got)
	}
}

// TestInBodyHeadingRules checks lines inside the text that read like the
// headlines of a box of links but lead the text: a subheading over a rule,
// a line introducing a code sample, the text of an embedded post.
func TestInBodyHeadingRules(t *testing.T) {
	en := func(s string) string {
		return s + " The interpreter keeps running for a while after that, and the error only shows when the program exits. It is a common trap for newcomers to the language."
	}
	tests := []lineCase{
		{
			name: "a subheading over a rule leads the paragraph under it",
			lines: []string{
				"Grenzen setzen ist Übungssache",
				para("Im ersten Teil des Artikels sprachen wir über die Grenzwut."),
				"Grenzen setzen ist Übungssache! Unsere 4 Tipps:",
				para("Unsere Grenzen zu kennen, ist ein hilfreicher Start."),
				"Übung, Übung, Übung",
				"-",
				para("Zu allem Ja zu sagen ist - im ersten Moment - der einfache Weg."),
				"Related Links",
				"-",
				"European Space Agency website",
				"-",
				"Another Agency Website",
			},
			want: map[string]string{
				"Übung, Übung, Übung": LabelHeading,
				"Related Links":       LabelFurniture,
			},
		},
		{
			name: "a line introducing a code sample is text",
			lines: []string{
				"Buggy Python Code: The 10 Most Common Mistakes",
				en("Python's simple syntax can mislead developers."),
				"Running this on Py3k:",
				"$ python3 foo.py 1 key error 1 $ python3 foo.py 2 value error 2",
				"Yippee!",
				"(Incidentally, our Python Hiring Guide discusses a number of other important differences to be aware of when migrating code from Python 2 to Python 3.)",
				"Common Mistake #10: Misusing the __del__ method",
				"Let’s say you had this in a file called mod.py:",
				"import foo class Bar(object): ... def __del__(self): foo.cleanup(self.myhandle)",
				"And you then tried to do this from another_mod.py:",
				"import mod mybar = mod.Bar()",
				en("You’d get an ugly AttributeError exception."),
			},
			want: map[string]string{
				"Let’s say you had this in a file called mod.py:":    LabelBody,
				"And you then tried to do this from another_mod.py:": LabelBody,
			},
		},
		{
			name: "the text of an embedded post over its signature is text",
			lines: []string{
				"Das Vreni-Frost-Urteil",
				para("Das “Vreni-Frost-Urteil” hat die gesamte Influencer-Branche in Aufruhr versetzt."),
				para("Eine Entscheidung, die, so viel sei gesagt, auch ich für falsch halte."),
				"Vor fünf Jahren: „Das ist alles nicht gekennzeichnet, wie soll ich wissen, ob das Werbung ist?“",
				"Heute: „Alles ist gekennzeichnet, wie soll ich wissen, ob das Werbung ist?“ https://t.co/9qWLKki5QF",
				"— RobBubble (@RobBubble) 14. Juni 2018",
				para("Doch bei aller Sympathie für Vreni und ihr Anliegen: Es lohnt sich, das Urteil zu lesen."),
			},
			want: map[string]string{
				"Vor fünf Jahren: „Das ist alles nicht gekennzeichnet, wie soll ich wissen, ob das Werbung ist?“": LabelBody,
				"— RobBubble (@RobBubble) 14. Juni 2018":                                                          LabelBody,
			},
		},
		{
			name: "a subheading naming a premium area and a field label over its value are text",
			lines: []string{
				"DB Lounge: Neue Zutrittsbestimmungen",
				para("Die Deutsche Bahn ändert zum Fahrplanwechsel die Zutrittsbestimmungen zur DB Lounge."),
				"Neues gastronomisches Konzept: Premium-Bereich wird umgestaltet",
				para("Die neuen Zutrittsbestimmungen gelten auch für den Premium-Bereich."),
				"Conclusion:",
				para("Current vaccination strategies prioritizing elderly persons may be less effective than believed."),
				"Primary Funding Source:",
				"National Institute on Aging.",
				"Disclosures:",
				para("Disclosures can be viewed at the journal's website."),
			},
			want: map[string]string{
				"Neues gastronomisches Konzept: Premium-Bereich wird umgestaltet": LabelHeading,
				"Primary Funding Source:":      LabelBody,
				"National Institute on Aging.": LabelBody,
			},
		},
		{
			name: "the note about the issuer that closes a press release is furniture",
			lines: []string{
				"Ascom and Dräger Announce Alarm Management Collaboration",
				para("The joint clinical alarm management solution extends the reach of patient alarms generated by Dräger’s patient monitors."),
				para("Rob Goldman, President Ascom North America, says the collaboration helps hospitals."),
				"Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions. The vision of Ascom is to close digital information gaps allowing for the best possible decisions – anytime and anywhere. Ascom’s mission is to provide mission-critical, real-time solutions for highly mobile, ad hoc, and time-sensitive environments. Ascom uses its unique product and solutions portfolio and software architecture capabilities to devise integration and mobilization solutions that provide truly smooth, complete and efficient workflows for healthcare as well as for industry and retail sectors.",
				"Ascom is headquartered in Baar (Switzerland), has operating businesses in 18 countries and employs around 1,300 people worldwide. Ascom registered shares (ASCN) are listed on the SIX Swiss Exchange in Zurich.",
				"Stay up to date with Ascom. Subscribe to our newsletter.",
			},
			want: map[string]string{
				para("Rob Goldman, President Ascom North America, says the collaboration helps hospitals."):                                                                                                                        LabelBody,
				"Ascom is headquartered in Baar (Switzerland), has operating businesses in 18 countries and employs around 1,300 people worldwide. Ascom registered shares (ASCN) are listed on the SIX Swiss Exchange in Zurich.": LabelFurniture,
			},
		},
		{
			name: "an association's note closing its press release is furniture",
			lines: []string{
				"LSVD fordert Aufnahmeprogramm für Afghanistan",
				para("Der LSVD fordert die Bundesregierung auf, gefährdete Menschen aus Afghanistan aufzunehmen."),
				para("Die Lage für queere Menschen in Afghanistan ist lebensgefährlich."),
				"Der Lesben- und Schwulenverband (LSVD) ist ein Bürgerrechtsverband und vertritt Interessen und Belange von Lesben, Schwulen, Bisexuellen, trans- und intergeschlechtlichen Menschen (LSBTI).",
				"Teile diesen Beitrag",
			},
			want: map[string]string{
				"Der Lesben- und Schwulenverband (LSVD) ist ein Bürgerrechtsverband und vertritt Interessen und Belange von Lesben, Schwulen, Bisexuellen, trans- und intergeschlechtlichen Menschen (LSBTI).": LabelFurniture,
			},
		},
		{
			name: "calls to the reader closing the text are furniture",
			lines: []string{
				"Spuren hinterlassen beim ITF-Juniorenturnier",
				para("Im 32-er Feld der Juniorinnen führt Dominika Salkova aus Tschechien das Feld an."),
				para("Die Qualifikation der Juniorinnen und Junioren findet am kommenden Wochenende statt."),
				"Weitere Infos unter www.itfjuniors.de.",
				"FAQs Betrieblicher Infektionsschutz",
				"Erhalten Sie Antworten auf Ihre Fragen zum Thema Betrieblicher Infektionsschutz.",
				"Submit your sports question below and the WCTS team will break down the answer in upcoming blog posts!",
				"Ansprechpartner",
			},
			want: map[string]string{
				para("Die Qualifikation der Juniorinnen und Junioren findet am kommenden Wochenende statt."):             LabelBody,
				"Weitere Infos unter www.itfjuniors.de.":                                                                 LabelFurniture,
				"Erhalten Sie Antworten auf Ihre Fragen zum Thema Betrieblicher Infektionsschutz.":                       LabelFurniture,
				"Submit your sports question below and the WCTS team will break down the answer in upcoming blog posts!": LabelFurniture,
			},
		},
		{
			name: "a line introducing a document and a paragraph ending with a pointer are text",
			lines: []string{
				"Epidemische Lage beenden",
				para("Den Ländern soll für einen Übergangszeitraum bis zum 20. März 2022 ermöglicht werden, einfache Maßnahmen zu ergreifen."),
				para("Insbesondere für diejenigen, die sich nicht impfen lassen können, ist Schutz nötig."),
				"Das Konzeptpapier finden Sie hier:",
				"-",
				"Konzeptpapier zur Beendigung der epidemischen Lage von nationaler Tragweite",
				"my6sense’s Cross-Network Exchange offers out of the box scalability by interconnecting media groups and 3rd party demand and supply providers to an open programmatic RTB exchange. For more information, please visit",
			},
			want: map[string]string{
				"Das Konzeptpapier finden Sie hier:": LabelHeading,
				"my6sense’s Cross-Network Exchange offers out of the box scalability by interconnecting media groups and 3rd party demand and supply providers to an open programmatic RTB exchange. For more information, please visit": LabelBody,
			},
		},
		{
			name: "a last sentence left without its stop closes the text",
			lines: []string{
				"Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten.",
				para("Es ist irgendwie schon faszinierend, wie sich Ansichten innerhalb vom 12 Monaten ändern können."),
				para("Dieses Gefühl, dem Wind und der Kälte die Stirn geboten zu haben, ist unbezahlbar."),
				"Man fühlt sich danach irgendwie wie ein Badass – und das gefällt mir 😉",
				"Post Views: 1.432",
				"Teilen:",
			},
			want: map[string]string{
				"Man fühlt sich danach irgendwie wie ein Badass – und das gefällt mir 😉": LabelBody,
			},
		},
		{
			name: "a closing paragraph whose last sentence has no stop is text",
			lines: []string{
				"BTW17: Gedanken zur Wahl",
				para("Wahlen gewinnen wird für alle Parteien immer schwieriger."),
				para("Eine Altenative zur Kanzlerin Merkel sehe ich derzeit nicht."),
				"Deutschland ist ein Land, in der Fernsehserien jahrzehntelang laufen ohne abgesetzt zu werden. Offenbar ist das in der Politik ähnlich",
				"Teilen Sie dies mit:",
				"- Twitter",
				"- Facebook",
			},
			want: map[string]string{
				"Deutschland ist ein Land, in der Fernsehserien jahrzehntelang laufen ohne abgesetzt zu werden. Offenbar ist das in der Politik ähnlich": LabelBody,
				"- Twitter": LabelFurniture,
			},
		},
		{
			name: "short items introduced by a colon line inside the text are text",
			lines: []string{
				"Mein trnd-Projekt: G Data",
				para("Nun gefreut habe ich mich natürlich trotzdem sehr, weil die Projekte von trnd.com wirklich Spaß machen."),
				"Das trnd-Projekt startete am 20.11.08, ein paar Tage später traf das Paket bei mir zu Hause ein und der Inhalt setzte sich wie folgt zusammen:",
				"1 Projektfahrplan-Broschüre",
				"1 Heft mit Marktforschungsunterlagen zum Befragen von Freunden, Kollegen und Bekannten",
				"1 Vollversion der Software im Wert von 39,95 Euro",
				"10 CDs mit einer 180-Tage-Testversion von G-Data",
				"20 Informationsbroschüren",
				para("Die Testversionen und die Broschüren hatte ich leider schon verteilt, bevor ich das Foto oben geknipst habe."),
			},
			want: map[string]string{
				"1 Projektfahrplan-Broschüre": LabelBody,
				"1 Heft mit Marktforschungsunterlagen zum Befragen von Freunden, Kollegen und Bekannten": LabelBody,
				"20 Informationsbroschüren": LabelBody,
			},
		},
	}
	runLineCases(t, tests)
}
