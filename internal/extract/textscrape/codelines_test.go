package textscrape

import (
	"strings"
	"testing"
)

// TestCodeLines checks that style sheet, script and markup lines are
// furniture, and that prose mentioning code is not.
func TestCodeLines(t *testing.T) {
	tests := []struct {
		line string
		code bool
	}{
		{".alogo{display: block;text-indent: -1000px;width: 330px;height: 80px;}", true},
		{"#nav li a { color: #333; }", true},
		{"var googletag = googletag || {};", true},
		{"function loadAds() {", true},
		{"document.write('<scr'+'ipt src=x></scr'+'ipt>');", true},
		{"})();", true},
		{`<div class="share-box">`, true},
		{"The company said it would use JavaScript and CSS to rebuild the site by Friday.", false},
		{"Fuerzas Armadas de Egipto piden que cesen las manifestaciones", false},
		{"He said: {the talks were over}; nothing more.", false},
		{"Prices rose <5% in May, the ministry said.", false},
	}
	for _, tt := range tests {
		if got := isCodeLine(tt.line); got != tt.code {
			t.Errorf("isCodeLine(%q) = %v, want %v", tt.line, got, tt.code)
		}
	}
	r := Extract(".alogo{display: block;text-indent: -1000px;}\nTroops ask protesters to leave the square\n\nThe army asked the protesters who have filled the square for three weeks to go home, saying the strikes were hurting the economy.\n\nThousands stayed on into the night, and some vowed to return every Friday until their demands are met.\n", Options{})
	if r.Title != "Troops ask protesters to leave the square" {
		t.Errorf("title %q, want the headline, not the style sheet", r.Title)
	}
}

// TestCodeListing checks that a listing an article shows, a run of code
// lines or one line it introduces, stays in its text.
func TestCodeListing(t *testing.T) {
	intro := "How to load the test runner\n\nThe runner needs one more file, which the page loads after the others, and a short setup.\n\nAdd this line to the page:\nvar runner = mocha.setup('bdd'); runner.run();\n\nThe reporter then prints one line per test, green when it passes and red when it fails.\n"
	if r := Extract(intro, Options{}); !strings.Contains(r.Text, "var runner = mocha.setup") {
		t.Errorf("the introduced listing was dropped: %q", r.Text)
	}
	text := "How to test a small class\n\nWe start with a constructor and a method, then write a test for each of them in the next section.\n\nfunction Cow(name) {\nthis.name = name || \"Anon cow\";\n}\n\nThe test runner then loads both files and reports what each assertion found, one line per test.\n"
	r := Extract(text, Options{})
	if !strings.Contains(r.Text, "function Cow(name) {") {
		t.Errorf("the listing was dropped: %q", r.Text)
	}
}

// TestLeakedStyleRun checks that a run of style-sheet lines between the
// headline and the first sentence (as in an Italian news page of the
// ML-Crisis set, where hover rules follow the headline) is furniture and
// never the title, however many lines it has.
func TestLeakedStyleRun(t *testing.T) {
	text := "Airstrike hits a residential block in the capital\n" +
		"transition: all 0.9s ease 0s;\n-moz-transition: all 0.9s ease 0s;\n-webkit-transition: all 0.9s ease 0s;\n" +
		"padding-bottom: 3px;} #menu:hover{background:#000;}\n" +
		"An overnight airstrike destroyed a residential building in a suburb of the capital, killing at least eight people, officials said.\n" +
		"Rescue teams worked through the morning to reach families trapped under the rubble, and the city's hospitals asked for blood donors.\n"
	r := Extract(text, Options{})
	if r.Title != "Airstrike hits a residential block in the capital" {
		t.Errorf("title %q, want the headline", r.Title)
	}
	if strings.Contains(r.Text, "transition") || strings.Contains(r.Text, "padding") {
		t.Errorf("the style sheet stayed in the text: %q", r.Text)
	}
	if !strings.Contains(r.Text, "Rescue teams worked") {
		t.Errorf("the body was lost: %q", r.Text)
	}
}
