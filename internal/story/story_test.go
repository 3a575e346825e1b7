package story

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

const summit = `President Donald Trump met North Korean leader Kim Jong Un in Singapore on Tuesday for a historic summit. The two leaders signed a joint statement on the denuclearization of the Korean Peninsula after talks at the Capella hotel on Sentosa island. Trump said the meeting was honest, direct and productive, and that he would invite Kim to the White House.`

const quake = `A strong earthquake struck off the coast of Indonesia on Sunday, killing at least twenty people and damaging hundreds of buildings on the island of Lombok. Rescue workers searched collapsed homes through the night while aftershocks shook the region and tourists were evacuated from nearby islands.`

func TestSameEventJoinsOtherEventSplits(t *testing.T) {
	c := New(Config{})
	a := c.Add(Article{ID: "a1", Title: "Trump and Kim meet in Singapore", Text: summit, Published: day("2018-06-12")})
	b := c.Add(Article{ID: "a2", Title: "Kim Jong Un and Trump hold Singapore summit",
		Text:      strings.Replace(strings.Replace(summit, "Tuesday", "June 12", 1), "honest, direct and productive", "very good", 1) + " Analysts in Seoul were cautious.",
		Published: day("2018-06-13")})
	q := c.Add(Article{ID: "a3", Title: "Earthquake kills 20 in Indonesia", Text: quake, Published: day("2018-08-05")})
	if !a.New || b.StoryID != a.StoryID {
		t.Errorf("summit articles: %+v and %+v, want one story", a, b)
	}
	if q.StoryID == a.StoryID || !q.New {
		t.Errorf("earthquake joined the summit story: %+v", q)
	}
	if got := len(c.Stories()); got != 2 {
		t.Errorf("%d stories, want 2", got)
	}
}

func TestCopiesFold(t *testing.T) {
	c := New(Config{})
	a := c.Add(Article{ID: "orig", Title: "Summit", Text: summit})
	copyText := "Share this article\n" + summit + "\nRead more: related stories"
	b := c.Add(Article{ID: "copy", Title: "Summit (AP)", Text: copyText})
	if b.DuplicateOf != "orig" || b.StoryID != a.StoryID {
		t.Errorf("copy = %+v, want duplicate of orig in %s", b, a.StoryID)
	}
	st := c.Stories()[0]
	if st.Copies["copy"] != "orig" || len(st.Articles) != 2 {
		t.Errorf("story = %+v", st)
	}
	// Re-adding is idempotent.
	if again := c.Add(Article{ID: "copy", Title: "Summit (AP)", Text: copyText}); again.StoryID != a.StoryID || len(c.Stories()[0].Articles) != 2 {
		t.Errorf("re-adding changed the story: %+v", again)
	}
}

func TestGazetteerCrossesLanguages(t *testing.T) {
	g := parseGazetteer(gazetteerTSV)
	tests := []struct {
		text string
		want []string
	}{
		{"Talks between North Korea and the United States", []string{"g:PRK", "g:USA"}},
		{"Gespräche zwischen Nordkorea und den Vereinigten Staaten", []string{"g:PRK", "g:USA"}},
		{"북한은 미국과의 대화를 거부했다", []string{"g:PRK", "g:USA"}},
		{"Coreia do Norte e Estados Unidos", []string{"g:PRK", "g:USA"}},
		{"tell us about it", nil},
	}
	for _, tc := range tests {
		got := entities(tokenize(tc.text), func(string) bool { return false }, g)
		for _, k := range tc.want {
			if got[k] == 0 {
				t.Errorf("%q: no %s in %v", tc.text, k, got)
			}
		}
		if tc.want == nil && got["g:USA"] > 0 {
			t.Errorf("%q: lower-case 'us' matched the United States", tc.text)
		}
	}
}

func TestFarDatesSplit(t *testing.T) {
	c := New(Config{})
	a := c.Add(Article{ID: "x1", Title: "Trump and Kim meet in Singapore", Text: summit, Published: day("2018-06-12")})
	b := c.Add(Article{ID: "x2", Title: "Trump and Kim meet in Singapore", Text: summit + " Again.", Published: day("2021-06-12")})
	if a.StoryID == b.StoryID && b.DuplicateOf == "" {
		t.Errorf("articles three years apart joined one story by content alone")
	}
}

// BenchmarkAdd measures one article's assignment with a store of n
// earlier articles made from real-looking synthetic text.
func BenchmarkAdd(b *testing.B) {
	c := New(Config{})
	words := strings.Fields(summit + " " + quake)
	gen := func(i int) Article {
		var sb strings.Builder
		for k := 0; k < 120; k++ {
			sb.WriteString(words[(i*7+k*k+i/13)%len(words)])
			sb.WriteByte(' ')
		}
		return Article{ID: "b" + itoa(i), Title: words[i%len(words)] + " " + words[(i/3)%len(words)],
			Text: sb.String(), Published: day("2020-01-01").Add(time.Duration(i) * time.Minute)}
	}
	for i := 0; i < 10000; i++ {
		c.Add(gen(i))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Add(gen(10000 + i))
	}
}
