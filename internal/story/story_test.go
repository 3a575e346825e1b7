package story

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/source/jsonrec"
)

func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

const summit = `President Donald Trump met North Korean leader Kim Jong Un in Singapore on Tuesday for a historic summit. The two leaders signed a joint statement on the denuclearization of the Korean Peninsula after talks at the Capella hotel on Sentosa island. Trump said the meeting was honest, direct and productive, and that he would invite Kim to the White House.`

const quake = `A strong earthquake struck off the coast of Indonesia on Sunday, killing at least twenty people and damaging hundreds of buildings on the island of Lombok. Rescue workers searched collapsed homes through the night while aftershocks shook the region and tourists were evacuated from nearby islands.`

func TestAssignments(t *testing.T) {
	rewritten := strings.NewReplacer("Tuesday", "June 12", "honest, direct and productive", "very good").Replace(summit) + " Analysts in Seoul were cautious."
	tests := []struct {
		name    string
		in      []Article
		stories int
		same    [][2]int // pairs of inputs that must share a story
		apart   [][2]int // pairs that must not
	}{
		{"same event joins, other event splits", []Article{
			{ID: "a1", Title: "Trump and Kim meet in Singapore", Text: summit, Published: day("2018-06-12")},
			{ID: "a2", Title: "Kim Jong Un and Trump hold Singapore summit", Text: rewritten, Published: day("2018-06-13")},
			{ID: "a3", Title: "Earthquake kills 20 in Indonesia", Text: quake, Published: day("2018-08-05")},
		}, 2, [][2]int{{0, 1}}, [][2]int{{0, 2}}},
		{"far dates split", []Article{
			{ID: "x1", Title: "Trump and Kim meet in Singapore", Text: summit, Published: day("2018-06-12")},
			{ID: "x2", Title: "Earthquake in Indonesia", Text: quake, Published: day("2018-06-13")},
			{ID: "x3", Title: "Trump and Kim meet in Singapore", Text: rewritten, Published: day("2021-06-12")},
		}, 3, nil, [][2]int{{0, 2}}},
		{"undated articles still join", []Article{
			{ID: "u1", Title: "Trump and Kim meet in Singapore", Text: summit},
			{ID: "u2", Title: "Kim Jong Un and Trump hold Singapore summit", Text: rewritten},
		}, 1, [][2]int{{0, 1}}, nil},
		{"empty articles do not crash", []Article{{ID: "e1"}, {ID: "e2", Title: "?"}}, 2, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Config{})
			var got []Assignment
			for _, a := range tc.in {
				got = append(got, c.Add(a))
			}
			if n := len(c.Stories()); n != tc.stories {
				t.Errorf("%d stories, want %d: %+v", n, tc.stories, got)
			}
			for _, p := range tc.same {
				if got[p[0]].StoryID != got[p[1]].StoryID {
					t.Errorf("%s and %s apart: %+v", tc.in[p[0]].ID, tc.in[p[1]].ID, got)
				}
			}
			for _, p := range tc.apart {
				if got[p[0]].StoryID == got[p[1]].StoryID {
					t.Errorf("%s and %s together: %+v", tc.in[p[0]].ID, tc.in[p[1]].ID, got)
				}
			}
		})
	}
}

func TestCopiesFold(t *testing.T) {
	c := New(Config{})
	a := c.Add(Article{ID: "orig", Title: "Summit", Text: summit + " " + quake})
	copyText := "Share this article\n" + summit + " " + quake + "\nRead more: related stories"
	b := c.Add(Article{ID: "copy", Title: "Summit (AP)", Text: copyText})
	if b.DuplicateOf != "orig" || b.StoryID != a.StoryID {
		t.Fatalf("copy = %+v, want a duplicate of orig in %s", b, a.StoryID)
	}
	st := c.Stories()[0]
	if st.Copies["copy"] != "orig" || len(st.Articles) != 2 {
		t.Errorf("story = %+v", st)
	}
	if again := c.Add(Article{ID: "copy", Title: "Summit (AP)", Text: copyText}); again.StoryID != a.StoryID || len(c.Stories()[0].Articles) != 2 {
		t.Errorf("re-adding changed the story: %+v", again)
	}
}

// TestManyCopiesFold checks that a copy still folds onto the first
// article when more copies than a bucket's chain is walked came between.
func TestManyCopiesFold(t *testing.T) {
	c := New(Config{})
	text := summit + " " + quake
	c.Add(Article{ID: "orig", Title: "Summit", Text: text})
	for i := range 3 * maxChain {
		as := c.Add(Article{ID: fmt.Sprint("copy", i), Title: "Summit", Text: fmt.Sprintf("Posted by editor %d\n%s", i, text)})
		if as.DuplicateOf != "orig" {
			t.Fatalf("copy %d: duplicate of %q, want orig", i, as.DuplicateOf)
		}
	}
}

func TestGazetteerCrossesLanguages(t *testing.T) {
	g := embedded()
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"Talks between North Korea and the United States", []string{"g:PRK", "g:USA"}, nil},
		{"Gespräche zwischen Nordkorea und den Vereinigten Staaten", []string{"g:PRK", "g:USA"}, nil},
		{"북한은 미국과의 대화를 거부했다", []string{"g:PRK", "g:USA"}, nil},
		{"Coreia do Norte e Estados Unidos", []string{"g:PRK", "g:USA"}, nil},
		{"特朗普在新加坡会见了金正恩", []string{"g:TRUMP", "g:SGP", "g:KIMJU"}, nil},
		{"Путин прибыл в Пекин", []string{"g:PUTIN", "g:BJS"}, nil},
		{"La guerre en Syrie : Damas accuse l'ONU", []string{"g:SYR", "g:DAM", "g:UN"}, nil},
		{"tell us who ate the turkey", nil, []string{"g:USA", "g:WHO", "g:TUR"}},
	}
	for _, tc := range tests {
		got := map[string]int{}
		entityTerms(tokenize(tc.text), g, nil, got)
		for _, k := range tc.want {
			if got[k] == 0 {
				t.Errorf("%q: no %s in %v", tc.text, k, got)
			}
		}
		for _, k := range tc.not {
			if got[k] > 0 {
				t.Errorf("%q: %s matched a common word", tc.text, k)
			}
		}
	}
}

// TestCommonCapitals checks that a word the stream mostly writes in lower
// case stops counting as a name, while a name written capitalised
// everywhere keeps counting, and that a negative CapRatio turns the
// filter off.
func TestCommonCapitals(t *testing.T) {
	history := []string{
		"Officers said the police had closed the road near the station.",
		"A spokesman for the police said the suspect was held overnight.",
		"Residents asked the police to explain why Dalembert was stopped.",
	}
	const probe = "Witnesses told the Police Department that Dalembert ran away."
	tests := []struct {
		name      string
		ratio     float64
		want, not []string
	}{
		{"filter on", 0.5, []string{"e:dalembert", "e:department"}, []string{"e:police", "e:police_department"}},
		{"filter off", -1, []string{"e:dalembert", "e:police", "e:police_department"}, nil},
	}
	for _, tc := range tests {
		c := New(Config{CapRatio: tc.ratio})
		for _, h := range history {
			c.countCaps(tokenize(h))
		}
		toks := tokenize(probe)
		got := map[string]int{}
		entityTerms(toks, c.gaz, c.countCaps(toks), got)
		for _, k := range tc.want {
			if got[k] == 0 {
				t.Errorf("%s: no %s in %v", tc.name, k, got)
			}
		}
		for _, k := range tc.not {
			if got[k] > 0 {
				t.Errorf("%s: common word counted as name %s in %v", tc.name, k, got)
			}
		}
	}
}

// giveme reads the Giveme5W1H articles in publication order.
func giveme(t testing.TB) []Article {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "clustering", "giveme5w1h", "data")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("Giveme5W1H data not available in %s", dir)
	}
	var out []Article
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		err = jsonrec.Decode(fh, func(_ int, r *model.Record) error {
			out = append(out, Article{ID: filepath.Base(f), Title: r.Title, Text: r.Text, Published: r.Published, Outlet: r.Outlet})
			return nil
		})
		fh.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	sortByDate(out)
	return out
}

func sortByDate(as []Article) {
	for i := 1; i < len(as); i++ {
		for j := i; j > 0 && as[j].Published.Before(as[j-1].Published); j-- {
			as[j], as[j-1] = as[j-1], as[j]
		}
	}
}

// TestSnapshotResumes checks that stopping, snapshotting and restoring
// half-way gives the same stories, IDs and titles as one uninterrupted
// run, and that two runs over the same input agree.
func TestSnapshotResumes(t *testing.T) {
	arts := giveme(t)
	for i := range arts {
		// Some articles marked as another language, so that the
		// stories' languages must survive the snapshot too.
		arts[i].Lang = "en"
		if i%5 == 0 {
			arts[i].Lang = "de"
		}
	}
	whole, resumed := resumeHalfway(t, arts)
	again := New(Config{})
	for _, a := range arts {
		again.Add(a)
	}
	if !reflect.DeepEqual(whole.Stories(), resumed.Stories()) {
		t.Errorf("resumed run differs from the uninterrupted one")
	}
	if !reflect.DeepEqual(whole.Stories(), again.Stories()) {
		t.Errorf("two runs over the same input differ")
	}
	if n := len(whole.Stories()); n < 40 || n > 150 {
		t.Errorf("%d stories from %d articles in 69 events", n, len(arts))
	}
	for _, s := range whole.Stories() {
		if s.Title == "" {
			t.Errorf("story %s has no title", s.ID)
		}
	}
}

// resumeHalfway adds arts to a clusterer in one run (whole) and in two,
// with a snapshot written and read between the halves (resumed).
func resumeHalfway(t *testing.T, arts []Article) (whole, resumed *Clusterer) {
	t.Helper()
	whole = New(Config{})
	for _, a := range arts {
		whole.Add(a)
	}
	first := New(Config{})
	for _, a := range arts[:len(arts)/2] {
		first.Add(a)
	}
	resumed = roundTrip(t, first)
	for _, a := range arts[len(arts)/2:] {
		resumed.Add(a)
	}
	return whole, resumed
}

// TestSnapshotHoldsNoMaps walks the snapshot's types: gob makes a map
// as large as the count a damaged stream claims before it reads a single
// entry (golang/go#79539; FuzzRestore ran out of memory on one), so a
// snapshot holds slices, which gob grows only as entries arrive.
func TestSnapshotHoldsNoMaps(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(path string, typ reflect.Type)
	walk = func(path string, typ reflect.Type) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		switch typ.Kind() {
		case reflect.Map:
			t.Errorf("%s is a map (%v)", path, typ)
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(path+"[]", typ.Elem())
		case reflect.Struct:
			for f := range typ.Fields() {
				if f.IsExported() {
					walk(path+"."+f.Name, f.Type)
				}
			}
		}
	}
	for _, v := range []any{snapshot{}, []snapCluster{}, []snapDedup{}} {
		walk(reflect.TypeOf(v).String(), reflect.TypeOf(v))
	}
}

func TestRestoreRejects(t *testing.T) {
	c := New(Config{})
	c.Add(Article{ID: "a", Title: "Summit", Text: summit})
	c.Add(Article{ID: "b", Title: "Summit", Text: summit}) // a copy: one signature
	c.Add(Article{ID: "c", Title: "Quake", Text: quake})
	var good bytes.Buffer
	if err := c.WriteSnapshot(&good); err != nil {
		t.Fatal(err)
	}
	decoded := func() *snapshot {
		s, err := decodeSnapshot(bytes.NewReader(good.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if s := decoded(); len(s.Clusters) != 2 || len(s.Dedup) == 0 || len(s.Vocab) == 0 {
		t.Fatalf("snapshot holds %d stories, %d signatures, %d terms", len(s.Clusters), len(s.Dedup), len(s.Vocab))
	}
	tests := []struct {
		name   string
		change func(*snapshot)
	}{
		{"wrong version", func(s *snapshot) { s.Version = snapshotVersion + 1 }},
		{"version 8 (no outlets)", func(s *snapshot) { s.Version = 8 }},
		{"outlet pace repeated", func(s *snapshot) { s.Paces = []snapPace{{"KCNA", 1, 1}, {"KCNA", 2, 2}} }},
		{"outlet pace negative", func(s *snapshot) { s.Paces = []snapPace{{"KCNA", -1, 1}} }},
		{"story outlet without members", func(s *snapshot) { s.Clusters[0].Outlets = []snapOutlet{{"KCNA", 0}} }},
		{"story from too many outlets", func(s *snapshot) {
			for i := range maxOutlets + 1 {
				s.Clusters[0].Outlets = append(s.Clusters[0].Outlets, snapOutlet{strconv.Itoa(i), 1})
			}
		}},
		{"version 4 (JSON)", func(s *snapshot) { s.Version = 4 }},
		{"split from out of range", func(s *snapshot) { s.Clusters[0].Apart = []int32{7} }},
		{"split from itself", func(s *snapshot) { s.Clusters[0].Apart = []int32{0} }},
		{"topic not earlier", func(s *snapshot) { s.Clusters[0].Topic = 1 }},
		{"merge out of range", func(s *snapshot) { s.Clusters[0].Into = 7 }},
		{"merge into itself", func(s *snapshot) { s.Clusters[0].Into = 0 }},
		{"story ID repeated", func(s *snapshot) { s.Clusters[1].ID = s.Clusters[0].ID }},
		{"copy listed twice", func(s *snapshot) { s.Clusters[0].Copies = [][2]string{{"b", "a"}, {"b", "c"}} }},
		{"term twice", func(s *snapshot) { s.Vocab = append([][3]uint32{{1, 1, 1}, {1, 1, 1}}, s.Vocab...) }},
		{"term used after the last addition", func(s *snapshot) { s.Vocab = append([][3]uint32{{1, 1, 99}}, s.Vocab...) }},
		{"short signature", func(s *snapshot) { s.Dedup[0].Sig = s.Dedup[0].Sig[1:] }},
		{"terms out of order", func(s *snapshot) { s.Clusters[0].Body = append(s.Clusters[0].Body, s.Clusters[0].Body[0]) }},
	}
	for _, tc := range tests {
		s := decoded()
		tc.change(s)
		var buf bytes.Buffer
		if err := encodeSnapshot(&buf, *s, len(s.Clusters), func(i int) snapCluster { return s.Clusters[i] }, s.Dedup); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadSnapshot(&buf, Config{}); err == nil {
			t.Errorf("%s: restored", tc.name)
		}
	}
	// Streams that end early or announce more than they hold.
	for _, n := range []int{0, 10, good.Len() / 2, good.Len() - 1} {
		if _, err := ReadSnapshot(bytes.NewReader(good.Bytes()[:n]), Config{}); err == nil {
			t.Errorf("snapshot cut at %d of %d bytes: restored", n, good.Len())
		}
	}
	if _, err := ReadSnapshot(bytes.NewReader(good.Bytes()), Config{}); err != nil {
		t.Errorf("good snapshot: %v", err)
	}
}

// TestTopics checks the coarse grouping: a story started by an article
// that came near an earlier story, without joining it, shares that
// story's topic, also after a snapshot; an unrelated story is a topic
// of its own.
func TestTopics(t *testing.T) {
	// Too short to fold as a copy of summit.
	retold := "Kim Jong Un and Donald Trump shook hands at the Capella hotel in Singapore and signed a statement on the denuclearization of the Korean Peninsula."
	arts := []Article{
		{ID: "a1", Title: "Trump and Kim meet in Singapore", Text: summit},
		{ID: "a2", Title: "Kim Jong Un and Trump hold Singapore summit", Text: retold},
		{ID: "a3", Title: "Earthquake kills 20 in Indonesia", Text: quake},
	}
	tests := []struct {
		name              string
		cfg               Config
		stories           int
		sameTopic12       bool
		wantTopicOf3Alone bool
	}{
		// A join threshold no pair reaches keeps every article apart; the
		// summit pair is near enough for one topic.
		{"near stories share a topic", Config{Threshold: 0.95, TopicThreshold: 0.05}, 3, true, true},
		{"topics off", Config{Threshold: 0.95, TopicThreshold: 2}, 3, false, true},
		{"joined articles share story and topic", Config{}, 2, true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(tc.cfg)
			for _, a := range arts[:2] {
				c.Add(a)
			}
			var snap bytes.Buffer
			if err := c.WriteSnapshot(&snap); err != nil {
				t.Fatal(err)
			}
			var err error
			if c, err = ReadSnapshot(&snap, tc.cfg); err != nil {
				t.Fatal(err)
			}
			c.Add(arts[2])
			if n := len(c.Stories()); n != tc.stories {
				t.Fatalf("%d stories, want %d", n, tc.stories)
			}
			topic := map[string]string{}
			for _, a := range arts {
				topic[a.ID], _ = c.TopicOf(a.ID)
			}
			if got := topic["a1"] == topic["a2"]; got != tc.sameTopic12 {
				t.Errorf("summit articles in one topic: %v, want %v (%v)", got, tc.sameTopic12, topic)
			}
			if got := topic["a3"] != topic["a1"] && topic["a3"] != topic["a2"]; got != tc.wantTopicOf3Alone {
				t.Errorf("quake alone: %v, want %v (%v)", got, tc.wantTopicOf3Alone, topic)
			}
			first, _ := c.StoryOf("a1")
			if topic["a1"] != first {
				t.Errorf("topic %s not named after its first story %s", topic["a1"], first)
			}
			for _, s := range c.Stories() {
				if st, _ := c.TopicOf(s.Articles[0]); s.Topic != st {
					t.Errorf("story %s: Topic %s, TopicOf %s", s.ID, s.Topic, st)
				}
			}
		})
	}
}

// TestWireCopies checks near-duplicate folding on real pairs: Giveme5W1H
// carries the same agency story on several sites. Every pair folded
// must belong to one gold event (precision), and some must fold.
func TestWireCopies(t *testing.T) {
	arts := giveme(t)
	gold := goldEvents(t)
	c := New(Config{})
	folded := 0
	for _, a := range arts {
		as := c.Add(a)
		if as.DuplicateOf == "" {
			continue
		}
		folded++
		if gold[a.ID] != gold[as.DuplicateOf] {
			t.Errorf("%s folded onto %s of another event", a.ID, as.DuplicateOf)
		}
	}
	if folded == 0 {
		t.Errorf("no copies folded")
	}
	t.Logf("%d of %d articles folded as copies", folded, len(arts))
}

func goldEvents(t testing.TB) map[string]string {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "data", "clustering", "giveme5w1h", "gold.tsv"))
	if err != nil {
		t.Skipf("gold not available: %v", err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Split(line, "\t"); len(f) > 1 {
			out[f[0]] = f[1]
		}
	}
	return out
}

// TestStoryIDSuffixes checks the IDs of stories whose first articles'
// IDs share their first 16 bytes: the base, then suffixes from 2 on.
func TestStoryIDSuffixes(t *testing.T) {
	texts := []string{
		"The harbour authority opened a new ferry terminal on the north shore.",
		"A violin by a famous maker sold at auction for a record sum.",
		"Farmers reported an early harvest of apples across the valley.",
		"The city council approved a budget for repairing old bridges.",
		"Astronomers observed a comet passing close to the planet Jupiter.",
	}
	const prefix = "site-archive-2024/" // longer than 16 bytes: one base for all
	c := New(Config{})
	base := "s" + prefix[:16]
	for i, text := range texts {
		as := c.Add(Article{ID: fmt.Sprint(prefix, i), Title: text, Text: text})
		want := base
		if i > 0 {
			want = fmt.Sprint(base, "-", i+1)
		}
		if !as.New || as.StoryID != want {
			t.Errorf("article %d: story %s (new %v), want new story %s", i, as.StoryID, as.New, want)
		}
	}
	// A restored clusterer goes on from the next free suffix.
	r := roundTrip(t, c)
	as := r.Add(Article{ID: prefix + "9", Title: "Chess", Text: "A teenager won the national chess championship in a long final game."})
	if want := base + "-6"; as.StoryID != want {
		t.Errorf("after restore: story %s, want %s", as.StoryID, want)
	}
}

// TestAcrossLanguages checks that an article joins a story told only in
// another language on the names and numbers the two share, scored
// against CrossThreshold, and not on the words of its language: a German
// report of the Singapore summit joins the English one, a German report
// of the same day about something else does not, and with CrossThreshold
// above 1 no story crosses languages.
func TestAcrossLanguages(t *testing.T) {
	en := Article{ID: "en", Lang: "en", Published: day("2018-06-12"),
		Title: "Trump and Kim Jong Un shake hands in Singapore",
		Text: "Donald Trump and Kim Jong Un met on Sentosa island in Singapore on June 12, 2018. " +
			"The leaders of the United States and North Korea signed a statement on denuclearization. " +
			"Mike Pompeo and Kim Yong Chol prepared the summit. Moon Jae-in welcomed the meeting."}
	de := Article{ID: "de", Lang: "de", Published: day("2018-06-12"),
		Title: "Trump und Kim Jong Un geben sich in Singapur die Hand",
		Text: "Donald Trump und Kim Jong Un haben sich am 12. Juni 2018 auf der Insel Sentosa in Singapur getroffen. " +
			"Die Vereinigten Staaten und Nordkorea unterzeichneten eine Erklärung. " +
			"Mike Pompeo und Kim Yong Chol hatten das Treffen vorbereitet. Moon Jae-in begrüßte es."}
	other := Article{ID: "other", Lang: "de", Published: day("2018-06-12"),
		Title: "Bundestag beschließt die Rentenreform",
		Text: "Der Bundestag in Berlin hat am Dienstag die Rentenreform beschlossen. " +
			"Hubertus Heil verteidigte das Gesetz, die Opposition aus FDP und Grünen stimmte dagegen."}
	tests := []struct {
		name      string
		cross     float64
		deDay     string // de's publication day
		wantJoin  bool   // de joins en's story
		wantOther bool   // other joins en's story
	}{
		{"default", 0, "2018-06-12", true, false},
		{"no crossing", 2, "2018-06-12", false, false},
		{"a week later", 0, "2018-06-19", true, false},
		// the same names four months on: another event of the same people
		{"months later", 0, "2018-10-12", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(Config{CrossThreshold: tt.cross})
			c.Add(en)
			de := de
			de.Published = day(tt.deDay)
			c.Add(de)
			c.Add(other)
			s, _ := c.StoryOf("en")
			sd, _ := c.StoryOf("de")
			so, _ := c.StoryOf("other")
			if (sd == s) != tt.wantJoin || (so == s) != tt.wantOther {
				t.Errorf("de in en's story: %v (want %v); other: %v (want %v)", sd == s, tt.wantJoin, so == s, tt.wantOther)
			}
		})
	}
}

// TestAcrossLanguagesNeedsNames checks that an article with no names or
// numbers at all does not join a story in another language: there is
// nothing that crosses languages to match, so its score is nil, not
// perfect.
func TestAcrossLanguagesNeedsNames(t *testing.T) {
	c := New(Config{})
	c.Add(Article{ID: "en", Lang: "en", Published: day("2018-06-12"),
		Title: "Trump and Kim Jong Un shake hands in Singapore",
		Text:  "Donald Trump and Kim Jong Un met at the hotel on Sentosa island in Singapore on June 12, 2018; video of the hotel meeting went round the internet."})
	// Shares words ("hotel", "video", "internet") but no name or number.
	c.Add(Article{ID: "es", Lang: "es", Published: day("2018-06-12"),
		Title: "un video del hotel",
		Text:  "el video del hotel circula por internet: los dos dirigentes se dieron la mano en el hotel."})
	s, _ := c.StoryOf("en")
	if se, _ := c.StoryOf("es"); se == s {
		t.Errorf("an article with no names joined a story in another language")
	}
}

func TestLeadTitle(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct{ text, want string }{
		{"Bloggers welcomed the news. They said more.", "Bloggers welcomed the news."},
		{"First line without a stop\nsecond line", "First line without a stop"},
		{"  ", ""},
		{long, strings.TrimSpace(strings.Repeat("word ", 20)) + "…"},
	}
	for _, tt := range tests {
		if got := leadTitle(tt.text); got != tt.want {
			t.Errorf("leadTitle(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestUntitledStory checks that a story whose articles have no headline
// is titled by a lead, not left without a title.
func TestUntitledStory(t *testing.T) {
	c := New(Config{})
	text := "Iranian bloggers welcomed the resignation of the Egyptian president Hosni Mubarak on Friday. Many compared it with their own revolution of 1979."
	c.Add(Article{ID: "a", Published: day("2011-02-11"), Text: text})
	c.Add(Article{ID: "b", Published: day("2011-02-11"), Text: "Bloggers in Iran welcomed the fall of Hosni Mubarak on Friday, comparing Egypt's revolution with the revolution of 1979 in Iran."})
	for _, s := range c.Stories() {
		if s.Title == "" {
			t.Errorf("story %s has no title", s.ID)
		}
	}
}

// TestLoneNameApart checks that two short Japanese items of one day that
// share one place name ("東京", the gazetteer's Tokyo) and next to no
// words stay apart (newsapi.org's Japanese headlines of 2021-05-18: an
// actor's death and the stock exchange's hours), while a second report
// of the same event, sharing the name and its words, joins.
func TestLoneNameApart(t *testing.T) {
	at := day("2021-05-18")
	actor := Article{ID: "actor", Lang: "ja", Published: at,
		Title: "俳優の田村正和さんが死去 「古畑任三郎」「眠狂四郎」など（共同通信）",
		Text:  "テレビドラマ「古畑任三郎」で知られる俳優の田村正和（たむら・まさかず）さんが4月3日午後4時20分、心不全のため東京都港区の病院で死去したことが18日分かった。77歳。京都市出身。"}
	exchange := Article{ID: "exchange", Lang: "ja", Published: at,
		Title: "東証、取引時間の拡大検討 終了時刻延長、大型連休対応など（毎日新聞）",
		Text:  "東京証券取引所は18日、現物株の取引時間拡大を検討すると発表した。現在の取引時間は午前9時～午後3時（途中1時間の昼休みを挟む）だが、終了時刻の延長や、大型連休中の取引機会確保についても検討する。"}
	again := Article{ID: "again", Lang: "ja", Published: at,
		Title: "東証、取引時間の延長を検討",
		Text:  "東京証券取引所は、現物株の取引時間の拡大を検討すると発表した。終了時刻の延長や大型連休中の取引について検討する。"}
	c := New(Config{})
	for _, a := range []Article{actor, exchange, again} {
		c.Add(a)
	}
	sa, _ := c.StoryOf("actor")
	se, _ := c.StoryOf("exchange")
	sg, _ := c.StoryOf("again")
	if sa == se {
		t.Errorf("two items sharing only 東京 are one story")
	}
	if sg != se {
		t.Errorf("a second report of the exchange's plan did not join its story")
	}
}

// TestPartsCos checks the similarity of two stories' centroids: it weighs
// body, title and entities over the parts both stories have, so that
// stories of headlines alone are compared by their titles (and names),
// and a merge of two such stories is judged as one of full articles is.
func TestPartsCos(t *testing.T) {
	mk := func(body, title, ent vec) *cluster {
		return &cluster{body: body, title: title, ent: ent, nBody: body.norm(), nTitle: title.norm(), nEnt: ent.norm()}
	}
	quake := vec{{1, 1}, {2, 1}}      // "earthquake", "magnitude"
	arrest := vec{{3, 1}, {4, 1}}     // "arrested", "police"
	quakeTitle := vec{{1, 1}, {5, 1}} // "earthquake", "strikes"
	otherTitle := vec{{6, 1}, {7, 1}} // "oscars", "host"
	chile := vec{{8, 1}}              // "Chile"
	c := New(Config{})                // BodyWeight 0.45, TitleWeight 0.15, EntityWeight 0.40
	for _, tc := range []struct {
		name string
		a, b *cluster
		ent  bool
		want float64
	}{
		{"same body and title", mk(quake, quakeTitle, nil), mk(quake, quakeTitle, nil), false, 1},
		{"same title, one story without a body", mk(quake, quakeTitle, nil), mk(nil, quakeTitle, nil), false, 1},
		{"same body, titles apart", mk(quake, quakeTitle, nil), mk(quake, otherTitle, nil), false, 0.75},
		{"nothing in common", mk(quake, quakeTitle, nil), mk(arrest, otherTitle, nil), false, 0},
		{"no part on both sides", mk(quake, nil, nil), mk(nil, quakeTitle, nil), false, 0},
		{"headlines alone with the same names", mk(nil, quakeTitle, chile), mk(nil, quakeTitle, chile), true, 1},
		{"headlines alone, names apart", mk(nil, quakeTitle, chile), mk(nil, quakeTitle, vec{{9, 1}}), true, 0.15 / 0.55},
		{"entities left out", mk(nil, quakeTitle, chile), mk(nil, quakeTitle, vec{{9, 1}}), false, 1},
	} {
		if got := c.partsCos(tc.a, tc.b, tc.ent); math.Abs(got-tc.want) > 1e-6 {
			t.Errorf("%s: partsCos = %.4f, want %.4f", tc.name, got, tc.want)
		}
	}
	// Undated stories take no time discount: centroidCos is partsCos
	// with the entities.
	a, b := mk(nil, quakeTitle, nil), mk(nil, quakeTitle, nil)
	if got := c.centroidCos(a, b); got < c.cfg.MergeThreshold {
		t.Errorf("two stories of the same headline: centroidCos %.3f, under the merge threshold %.2f", got, c.cfg.MergeThreshold)
	}
}
