package quote

import (
	"strings"
	"testing"
)

// TestNounPhraseQuote checks that a quoted phrase inside the speaker's
// noun phrase (after a determiner, with a word right after it) is not
// taken for a quotation of that speaker, while the quotation the cue
// introduces still is.
func TestNounPhraseQuote(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // the contents found, in order
	}{
		{"a slogan before the speaker's head noun",
			"A day later, our “America first” president declared that “Americans love their country.”",
			[]string{"“Americans love their country.”"}},
		{"a nickname after the article",
			"The ‘fire and fury’ threat drew a reply; the minister said the remarks were reckless.",
			[]string{"the remarks were reckless"}},
		{"a quotation closed by its comma still attaches",
			"“We will not back down,” the minister said.",
			[]string{"“We will not back down,”"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			qs := Extract(c.text)
			checkSpans(t, c.text, qs)
			var got []string
			for _, q := range qs {
				got = append(got, q.Content.Text)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("contents %q, want %q", got, c.want)
			}
		})
	}
}
