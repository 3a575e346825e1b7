package textscrape

import "testing"

// TestReadAlsoLabels checks that the headlines under a label announcing
// further reading inside the text ("Lesen Sie auch", "Related", "Das
// könnte Sie auch interessieren") are dropped as links, as under the
// heading of a box, and that a subheading of the text under a paragraph,
// or under a link that closes a box ("Read more"), is kept.
func TestReadAlsoLabels(t *testing.T) {
	tests := []struct {
		name       string
		middle     []string
		keep, drop []string
	}{
		{"lesen sie auch",
			[]string{"Lesen Sie auch", "Hafenfest lockt tausende Besucher an die Kaimauer"},
			nil, []string{"Lesen Sie auch", "Hafenfest lockt tausende Besucher an die Kaimauer"}},
		{"label with a colon, two links",
			[]string{"Lesen Sie auch:", "Neue Fähre für die Nordroute bestellt", "Wie der alte Speicher gerettet wurde"},
			nil, []string{"Neue Fähre für die Nordroute bestellt", "Wie der alte Speicher gerettet wurde"}},
		{"related",
			[]string{"Related", "Harbour festival draws record crowds to the quays"},
			nil, []string{"Harbour festival draws record crowds to the quays"}},
		{"lea también",
			[]string{"Lea también", "El puerto estrena una terminal de cruceros"},
			nil, []string{"El puerto estrena una terminal de cruceros"}},
		{"box intro that speaks to the reader",
			[]string{"Das könnte Sie auch interessieren", "Stiftung für das Ehrenamt auf dem Land gegründet"},
			nil, []string{"Stiftung für das Ehrenamt auf dem Land gegründet"}},
		{"subheading under a paragraph",
			[]string{"What the plan will cost"},
			[]string{"What the plan will cost"}, nil},
		{"subheading under a closing link",
			[]string{"Read more", "What the plan will cost"},
			[]string{"What the plan will cost"}, []string{"Read more"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, harbourPage(tt.middle...), tt.keep, tt.drop)
		})
	}
}

// TestLinkLabels checks that the link closing a teaser box ("Mehr
// erfahren", "mehr..."), which a body run may take in as a subheading,
// is dropped, and that a sentence with the same words is kept.
func TestLinkLabels(t *testing.T) {
	tests := []struct {
		name       string
		middle     []string
		keep, drop []string
	}{
		{"mehr erfahren", []string{"Mehr erfahren"}, nil, []string{"Mehr erfahren"}},
		{"lower case", []string{"mehr erfahren"}, nil, []string{"mehr erfahren"}},
		{"with dots", []string{"mehr..."}, nil, []string{"mehr..."}},
		{"mehr info", []string{"Mehr Info"}, nil, []string{"Mehr Info"}},
		{"a sentence with the words",
			[]string{"Mehr erfahren Sie in der Sitzung des Rates am Donnerstag."},
			[]string{"Mehr erfahren Sie in der Sitzung des Rates am Donnerstag."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, harbourPage(tt.middle...), tt.keep, tt.drop)
		})
	}
}

// TestProseItemsOpenRun checks that a text opening with a summary printed
// as a list of long sentences, over a subheading, keeps the list, with
// its shorter first item, while a list of links above the headline
// stays furniture.
func TestProseItemsOpenRun(t *testing.T) {
	items := []string{
		"- Retiring early takes time and a lot of discipline.",
		"- If you plan to retire early, you should aim to have saved about 25 to 30 times what you expect to spend in a year.",
		"- Live below your means, raise your income where you can and put the most you are allowed into your retirement accounts.",
		"- You should also pay off all debt with a high interest rate, which may include your mortgage, before you stop working.",
	}
	page := []string{
		"- Markets",
		"- Careers",
		"- Strategy",
		"How to retire early and live on your own schedule",
		"- Jane Doe, Money Desk",
		"- 13.11.2019, 23:06",
	}
	page = append(page, items...)
	page = append(page,
		"How to retire early",
		"The road to retiring early is not easy. It takes time and a great deal of discipline to earn, save and invest as much as you need to stop working years before most people do.",
		"Early retirement comes in many shapes and sizes, and what it looks like to you will decide how much you have to save and how soon you can stop, planners say.",
		"The first step is to work out what the phrase means to you: some early retirees keep a part-time job, others travel, and a few never earn another paycheck.",
	)
	checkKept(t, page, items, []string{"- Markets", "- Careers", "- Strategy"})
}

// TestTrailingListOfRun checks that a list of short sentences closing a
// body run other than the main one (an introduction set apart from the
// text by a table of contents and a row of share buttons) is kept with
// the run.
func TestTrailingListOfRun(t *testing.T) {
	items := []string{
		"- Electric toys move by themselves and wake the hunting instinct of a cat.",
		"- Cats that are often alone can play on their own this way.",
		"- Lazy cats are moved to run about, which is good for their health.",
	}
	page := []string{
		"Buying guide: electric toys for cats keep them busy",
		"Most cats love a wild game, and toys that move by themselves are a great help here when nobody has the time to play with them every day.",
		"We looked at several electric toys for cats and tell you which of them convinced us and what you should look out for before you buy one.",
	}
	page = append(page, items...)
	page = append(page,
		"Table of contents",
		"- 1 The most important points first",
		"- 2 Electric toys compared",
		"- 3 What is an electric cat toy?",
		"- 4 Why does my cat need one?",
		"Advertisement",
		"Share",
		"Facebook",
		"Twitter",
		"Pinterest",
		"Email",
		"Print",
		"Newsletter",
		"Electric toys compared",
		"An electric toy moves on its own, by a motor and a battery, and so it keeps a cat busy even when its owner is at work or asleep in the next room.",
		"Some toys roll over the floor at random, others run along a track or flutter on a wire, and the best of them change their speed and direction now and then.",
		"The cheaper models often stop after a few weeks, while the better ones last for years if you change their batteries in time and keep them clean.",
		"Cats soon lose interest in a toy that always moves the same way, so a model with several modes or with parts you can swap is worth its higher price.",
		"Before you buy, check how loud the toy is, how long its battery lasts and whether its small parts are fixed well enough that a cat cannot swallow them.",
	)
	checkKept(t, page, items, nil)
}

// TestSignatureEndsList checks that the numbered subheading right under
// the signature of an embedded post is kept as a heading, not read with
// the signature as a list of links.
func TestSignatureEndsList(t *testing.T) {
	heads := []string{
		"2. Jo Lee, Editor and Author (15,500 Followers): Taking a Clear Stand",
		"3. Ana Ruiz, Party Leader (45,100 Followers): Quick and Clear",
	}
	page := []string{
		"The ten tweets that reached the most readers this year",
		"We looked at which tweets of the year reached the most readers, and asked their authors what they think made them spread so far and so fast.",
		"1. Sam Roe, author and copywriter (22,700 followers): A triad",
		"Sam Roe has long made a name for himself with his sharp jokes, and his most read tweet of the year was no exception, his followers say.",
		"Looking forward to the next party congress, where the members will again argue about everything but the one thing that matters.",
		"— Sam Roe (@SamRoeWrites) September 25, 2018",
		heads[0],
		"Her tweet was about the marches of early September: she took a clear stand against the far right, and thousands of readers shared it within hours.",
		"People who stand up to the far right in the streets are not all left-wing protesters, whatever the police report says about them.",
		"— Jo Lee (@JoLeeNews) August 27, 2018",
		heads[1],
		"If I were still at university, I would write my thesis on how politicians argue on social networks, and this tweet would be my first example.",
		"Ana Ruiz took up the news within minutes and shared it with a short comment of her own, which made it the most read tweet of her party this year.",
	}
	checkKept(t, page, append(heads, "— Jo Lee (@JoLeeNews) August 27, 2018"), nil)
}

// TestHeadedSentencePair checks that two tips written as sentences under
// a subheading, after a recipe's box of nutrition facts, are kept with
// the text, and that the links to other recipes under them are not.
func TestHeadedSentencePair(t *testing.T) {
	tips := []string{
		"- The curry goes well with some homemade flatbread or with plain rice.",
		"- Naan and paratha are also served with it in many restaurants.",
	}
	page := []string{
		"Okra curry with tomatoes and onions",
		"Wash the okra and pat it dry completely, then cut off both ends and slice each pod into pieces about two centimetres long.",
		"Heat the oil in a pan on a medium flame, fry the okra until it is lightly browned and set it aside on a plate.",
		"Fry the onions and tomatoes with the spices until the oil separates, then add the okra and cook for five more minutes.",
		"Nutrition facts",
		"- Calories: 216",
		"- Fat: 11 g",
		"- Protein: 5 g",
		"- Carbohydrate: 27 g",
		"Serving tips",
	}
	page = append(page, tips...)
	page = append(page,
		"Popular recipes you can make at home",
		"- Paneer Butter Masala",
		"- Chicken Tikka Masala",
		"- Dal Makhani",
	)
	checkKept(t, page, tips, []string{"- Paneer Butter Masala", "- Dal Makhani"})
}

// TestTitleCaseGerman checks that title case is told from a German line,
// which capitalises its nouns, so that German prose is not taken for a
// headline glued to its teaser and a German list of the text not for a
// list of linked headlines.
func TestTitleCaseGerman(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Why You Should Always Close the Door Before You Go to Bed", true},
		{"Harbour Festival Draws Record Crowds to the Quays", true},
		{"What to Know About the New Rules From the Council", true},
		{"Tandoori Roti, Naan and Paratha", true},
		{"Gute Organisationsfähigkeit und strukturierte Arbeitsweise", false},
		{"Im Geiste hatte ich das Manuskript zum Zeitpunkt der Veröffentlichung", false},
		{"Neue Fähre für die Nordroute bestellt", false},
		{"Harbour festival draws record crowds", false},
	}
	for _, tt := range tests {
		if got := titleCase(tt.s); got != tt.want {
			t.Errorf("titleCase(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	for _, s := range []string{
		"Im Geiste hatte ich das Manuskript zum Zeitpunkt der VeröffentlichungSchon damals war klar, dass die Arbeit noch Jahre dauern würde.",
	} {
		if gluedTeaser(s) {
			t.Errorf("gluedTeaser(%q) = true, want false", s)
		}
	}
	items := []string{
		"- Projektsteuerung im Bereich mobiles Lernen",
		"- Leitung von Redaktionen im Feld der Jugendarbeit",
		"- Vorträge und Mitarbeit in Projekten",
		"- Gute Organisation und strukturierte Arbeitsweise",
	}
	page := []string{
		"Wir suchen eine Medienpädagogin in Teilzeit",
		"Die Agentur für Medienbildung arbeitet seit zehn Jahren mit Schulen, Jugendzentren und Bibliotheken in der ganzen Region zusammen.",
		"Wir suchen zum ersten April eine Medienpädagogin oder einen Medienpädagogen für unser Büro in der Stadt, zunächst befristet auf zwei Jahre.",
		"Ihre Aufgaben",
	}
	page = append(page, items...)
	page = append(page,
		"Wir bieten",
		"Wir bieten abwechslungsreiche Aufgaben in einem kleinen Team, spannende Projekte und flexible Arbeitszeiten, die sich mit Familie vereinbaren lassen.",
		"Ihre Bewerbung mit Lebenslauf und Referenzen richten Sie bitte bis Ende Februar per E-Mail an die Geschäftsführung der Agentur.",
	)
	checkKept(t, page, items, nil)
}
