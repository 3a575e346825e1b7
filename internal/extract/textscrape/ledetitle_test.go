package textscrape

import (
	"strings"
	"testing"
)

// TestTitleByLede checks the headline found by what the lede tells, on
// the shapes of real dumps (bbc.com, bka.de in trafilatura's evaluation
// pages): a share block longer than findTitle steps over between the
// headline and the text, and a widget line under the headline.
func TestTitleByLede(t *testing.T) {
	share := strings.Repeat("- Share this with Facebook\n- Share this with Twitter\n- Share this with Email\n", 4)
	lede := "Images have emerged of coffins being buried in a mass grave in New York City, as the death toll from the outbreak rises across the state.\n\n" +
		"Workers in protective suits were seen stacking wooden coffins in deep trenches on Hart Island, off the Bronx, over the past days.\n\n" +
		"Officials say burials are being ramped up at the site, which has long been used for people with no next of kin."
	tests := []struct {
		name, page, want string
	}{
		{"headline above a long share block",
			"- Home\n- News\n- US & Canada\n\nCoronavirus: New York ramps up mass burials amid outbreak\n\n10 April 2020\n\n" + share +
				"These are external links and will open in a new window\n\n" + lede,
			"Coronavirus: New York ramps up mass burials amid outbreak"},
		{"a widget line under the headline",
			"- Startseite\n- Presse\n\nNew York ramps up mass burials on Hart Island\n\n- Datum: 10. April 2020\n- Ausgabejahr: 2020\n- Teilen\n\nAdjust text size of this page here\n\n" + lede,
			"New York ramps up mass burials on Hart Island"},
		{"no line the lede shares words with",
			"- Home\n- Contact us today\n\nOur newsletter every single morning\n\n" + share + lede,
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Extract(tc.page, Options{})
			if r.Title != tc.want {
				t.Errorf("title %q, want %q", r.Title, tc.want)
			}
			if !strings.HasPrefix(r.Text, "Images have emerged") {
				t.Errorf("text starts %.40q", r.Text)
			}
		})
	}
}
