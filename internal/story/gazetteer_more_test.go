package story

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
)

// gazTerms returns the terms entityTerms finds in text.
func gazTerms(g *nameIndex, text string) map[string]int {
	got := map[string]int{}
	entityTerms(tokenize(text), g, nil, got)
	return got
}

// TestGazetteerMoreNames checks that names of one country, city, person
// or organisation in many languages and scripts meet on one key.
func TestGazetteerMoreNames(t *testing.T) {
	g := embedded()
	tests := []struct {
		key   string
		texts []string
	}{
		{"g:BRA", []string{"Talks in Brazil", "Gespräche in Brasilien", "Le Brésil a voté", "브라질은 거부했다", "ブラジル政府", "巴西总统", "Президент Бразилии"}},
		{"g:KEN", []string{"Floods in Kenya", "Überschwemmungen in Kenia", "Enchentes no Quênia", "케냐에서", "ケニアで洪水", "肯尼亚洪水", "Наводнение в Кении"}},
		{"g:ARG", []string{"Argentina votes", "Wahl in Argentinien", "L'Argentine vote", "아르헨티나는", "アルゼンチン大統領", "阿根廷总统", "Выборы в Аргентине"}},
		{"g:NOR", []string{"Norway said", "Norwegen sagte", "La Norvège a dit", "Noruega dijo", "노르웨이가", "ノルウェー政府", "挪威政府", "Норвегия заявила"}},
		{"g:ARE", []string{"The UAE said", "Die VAE sagten", "Les Émirats arabes unis", "아랍에미리트", "アラブ首長国連邦", "阿联酋", "ОАЭ заявили"}},
		{"g:COD", []string{"fighting in the DRC", "in eastern Congo", "en RDC", "in der Demokratischen Republik Kongo", "콩고민주공화국", "コンゴ民主共和国", "刚果民主共和国", "в ДР Конго"}},
		{"g:COG", []string{"the Republic of the Congo", "la République du Congo", "コンゴ共和国", "콩고공화국은"}},
		{"g:GNB", []string{"Guinea-Bissau voted", "la Guinée-Bissau", "ギニアビサウ", "几内亚比绍"}},
		{"g:SSD", []string{"South Sudan", "Soudan du Sud", "南スーダン", "南苏丹", "Южный Судан"}},
		{"g:GEO", []string{"Wahl in Georgien", "la Géorgie", "Грузия", "格鲁吉亚", "그루지야"}},
		{"g:VIENNA", []string{"talks in Vienna", "Gespräche in Wien", "à Vienne", "ウィーンで", "维也纳", "в Вене"}},
		{"g:HAGUE", []string{"in The Hague", "in Den Haag", "à La Haye", "헤이그에서", "ハーグ", "海牙", "в Гааге"}},
		{"g:KHARKIV", []string{"Kharkiv shelled", "Charkiw", "하르키우", "ハルキウ", "哈尔科夫", "Харьков"}},
		{"g:ISHIBA", []string{"Prime Minister Ishiba", "이시바 총리는", "石破茂首相", "石破首相", "премьер Исиба"}},
		{"g:LEEJM", []string{"Lee Jae-myung said", "이재명 대통령은", "李在明总统", "Ли Чжэ Мён"}},
		{"g:STARMER", []string{"Keir Starmer", "스타머 총리", "スターマー首相", "斯塔默", "Стармер"}},
		{"g:PUTIN", []string{"Putin said", "встреча с Путиным", "заявление Путина"}},
		{"g:RUS", []string{"sanctions against Russia", "Sanktionen Russlands", "санкции против России"}},
		{"g:WTO", []string{"the WTO ruled", "l'OMC a tranché", "세계무역기구", "世界貿易機関", "世界贸易组织", "ВТО"}},
		{"g:ICC", []string{"the International Criminal Court", "der Internationale Strafgerichtshof", "la Cour pénale internationale", "국제형사재판소", "国際刑事裁判所", "国际刑事法院", "Международный уголовный суд"}},
		{"g:ASEAN", []string{"ASEAN summit", "아세안 정상회의", "東南アジア諸国連合", "东盟峰会", "АСЕАН"}},
	}
	for _, tc := range tests {
		for _, text := range tc.texts {
			if got := gazTerms(g, text); got[tc.key] == 0 {
				t.Errorf("%q: no %s in %v", text, tc.key, got)
			}
		}
	}
}

// TestGazetteerCollisionGuards checks that ordinary words and other names
// that look like gazetteer names are left alone, that a longer name wins
// over a shorter one inside it, and that a person's full name, where the
// surname is listed too, counts the given name as a word of its own
// beside the key, in every Latin-script language that writes it alike.
func TestGazetteerCollisionGuards(t *testing.T) {
	g := embedded()
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"Chad Smith scored twice", nil, []string{"g:TCD"}},
		{"Ich war im Sommer auf Island", nil, []string{"g:ISL"}},
		{"Gana el partido el Real Madrid", nil, []string{"g:GHA"}},
		{"La paz es posible", nil, []string{"g:LAPAZ", "g:BOL"}},
		{"Того же мнения Самое главное", nil, []string{"g:TGO", "g:WSM"}},
		{"오만한 태도와 부탄가스, 수단과 방법", nil, []string{"g:OMN", "g:BTN", "g:SDN"}},
		{"政府增加纳税人的负担，沿海地区，中非合作论坛", nil, []string{"g:GHA", "g:HTI", "g:CAF"}},
		{"タイムとマリオ", nil, []string{"g:THA", "g:MLI"}},
		{"尼日尔和尼日利亚", []string{"e:niger", "e:nigeria"}, nil},
		{"Papua New Guinea", []string{"g:PNG"}, []string{"g:GIN"}},
		{"南苏丹", []string{"g:SSD"}, []string{"g:SDN"}},
		{"Democratic Republic of the Congo", []string{"g:COD"}, []string{"g:COG"}},
		{"Hayat Tahrir al-Sham", []string{"g:HTS"}, []string{"g:TAH"}},
		{"new HTS tariff codes", nil, []string{"g:HTS"}},
		{"Kim Jong Il and Kim Jong Un", []string{"g:KIMJI", "g:KIMJU"}, nil},
		{"On Monday Vladimir Putin met Xi", []string{"g:PUTIN", "e:vladimir"}, nil},
		{"En Egipto Hosni Mubarak dimite", []string{"g:MUBARAK", "e:hosni"}, nil},
		{"in the Democratic Republic of the Congo", []string{"g:COD"}, []string{"e:democratic"}},
	}
	for _, tc := range tests {
		got := gazTerms(g, tc.text)
		for _, k := range tc.want {
			if got[k] == 0 {
				t.Errorf("%q: no %s in %v", tc.text, k, got)
			}
		}
		for _, k := range tc.not {
			if got[k] > 0 {
				t.Errorf("%q: %s matched in %v", tc.text, k, got)
			}
		}
	}
}

// TestGazetteerWellFormed checks the gazetteer as this package folds
// it: every name readable, no name under two keys (the later one would
// silently win), and no Han name of one character.
func TestGazetteerWellFormed(t *testing.T) {
	owner := map[string]string{}
	entries := gazetteer.Entries()
	for _, e := range entries {
		for _, name := range e.Names {
			var folded string
			if r := firstRune(name); isCJK(r) || unicode.Is(unicode.Hangul, r) {
				folded = foldWord(strings.ReplaceAll(name, " ", ""))
				if unicode.Is(unicode.Han, r) && utf8.RuneCountInString(folded) == 1 {
					t.Errorf("%s: one-character Han name %q", e.Key, name)
				}
			} else {
				var ws []string
				for _, tok := range tokenize(name) {
					ws = append(ws, tok.word)
				}
				folded = strings.Join(ws, " ")
			}
			if folded == "" {
				t.Errorf("%s: name %q has no words", e.Key, name)
				continue
			}
			if o, ok := owner[folded]; ok && o != e.Key {
				t.Errorf("%q is under %s and %s", name, o, e.Key)
			}
			owner[folded] = e.Key
		}
	}
	if len(entries) < 700 {
		t.Errorf("%d keys, want the full gazetteer", len(entries))
	}
}

// TestGazetteerOneSpelling checks that a place spelled alike in every
// Latin-script language keeps its ordinary terms in Latin text, and that
// its names in other scripts give those same terms.
func TestGazetteerOneSpelling(t *testing.T) {
	g := embedded()
	want := []string{"e:costa", "e:rica", "e:costa_rica"}
	for _, text := range []string{"Floods in Costa Rica", "코스타리카 홍수", "コスタリカで洪水", "哥斯达黎加洪水", "Наводнение в Коста-Рике"} {
		got := gazTerms(g, text)
		for _, k := range want {
			if got[k] == 0 {
				t.Errorf("%q: no %s in %v", text, k, got)
			}
		}
		if got["g:CRI"] > 0 {
			t.Errorf("%q: key term g:CRI counted", text)
		}
	}
}
