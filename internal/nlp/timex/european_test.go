package timex

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// euDCT is the creation date of the European tests: Thursday 12 June
// 2025, in ISO week 24.
const euDCT = "2025-06-12"

type euCase struct {
	text, want, typ, value string
}

func runEuCases(t *testing.T, tests []euCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) { expectTimex(t, tt.text, date(euDCT), tt.want, tt.typ, tt.value) })
	}
}

// runEuNegatives checks that none of texts yields an expression.
func runEuNegatives(t *testing.T, texts []string) {
	t.Helper()
	for _, text := range texts {
		if got := Tag(text, date(euDCT)); len(got) != 0 {
			t.Errorf("Tag(%q) = %+v, want none", text, got)
		}
	}
}

var spanishCases = []euCase{
	{"El acuerdo se firmó el 12 de junio de 2018 en Madrid.", "12 de junio de 2018", Date, "2018-06-12"},
	{"El acuerdo se firmó el 2 de junio en Madrid.", "2 de junio", Date, "2025-06-02"},
	{"La reunión fue en junio de 2019 en Lima.", "junio de 2019", Date, "2019-06"},
	{"La cumbre fue en marzo de este año en Lima.", "marzo de este año", Date, "2025-03"},
	{"Las elecciones fueron en abril y el presidente ganó.", "abril", Date, "2025-04"},
	{"El presidente llegó el martes a Madrid.", "martes", Date, "2025-06-10"},
	{"El presidente viajó el viernes a Lima.", "viernes", Date, "2025-06-06"},
	{"El presidente viajará el viernes a Lima.", "viernes", Date, "2025-06-13"},
	{"El ministro habló el jueves pasado con la prensa.", "jueves pasado", Date, "2025-06-05"},
	{"Los precios subieron ayer en todo el país.", "ayer", Date, "2025-06-11"},
	{"El gobierno anunció hoy que bajará los impuestos.", "hoy", Date, "2025-06-12"},
	{"El juez decidirá mañana por la mañana sobre el caso.", "mañana por la mañana", Time, "2025-06-13TMO"},
	{"El presidente habló esta mañana con la prensa.", "esta mañana", Time, "2025-06-12TMO"},
	{"La economía creció el año pasado según el banco central.", "el año pasado", Date, "2024"},
	{"Las ventas cayeron el mes pasado por la crisis.", "el mes pasado", Date, "2025-05"},
	{"La semana pasada hubo protestas en la capital.", "La semana pasada", Date, "2025-W23"},
	{"Fue elegido en 2019 y el mismo año renunció.", "el mismo año", Date, "2019"},
	{"Llegó el 3 de mayo de 2020 y al día siguiente se fue.", "día siguiente", Date, "2020-05-04"},
	{"Fue detenido hace tres años por la policía.", "hace tres años", Date, "2022"},
	{"La guerra duró tres años y dejó miles de muertos.", "tres años", Duration, "P3Y"},
	{"El informe se publica cada año por el gobierno.", "cada año", Set, "P1Y"},
	{"El mercado abre todos los lunes en la plaza.", "todos los lunes", Set, "XXXX-WXX-1"},
	{"El juicio comenzó el 03/06/2018 en Madrid por la mañana.", "03/06/2018", Date, "2018-06-03"},
	{"Actualmente el país tiene una deuda alta.", "Actualmente", Date, "PRESENT_REF"},
}

func TestSpanish(t *testing.T) {
	runEuCases(t, spanishCases)
	runEuNegatives(t, []string{
		"Vivimos cerca del mar y de la playa.",
		"Caminaron por la Plaza de Mayo con la familia de Julio.",
		"Plácido Domingo cantó en el teatro de la ciudad.",
		"La mañana estaba fría y el cielo gris.",
		"Un hombre de 45 años fue detenido por la policía.",
	})
}

var germanCases = []euCase{
	{"Der Vertrag wurde am 12. Juni 2018 in Berlin unterzeichnet.", "12. Juni 2018", Date, "2018-06-12"},
	{"Das Treffen war am 2. Juni in Berlin.", "2. Juni", Date, "2025-06-02"},
	{"Die Konferenz war im Mai 2019 in Bonn.", "Mai 2019", Date, "2019-05"},
	{"Im Mai stiegen die Preise in der Stadt.", "Mai", Date, "2025-05"},
	{"Ende März hat die Firma ihre Zahlen vorgelegt.", "Ende März", Date, "2025-03"},
	{"Er kam am Dienstag nach Berlin und sprach mit der Presse.", "Dienstag", Date, "2025-06-10"},
	{"Die Regierung wird am Freitag über das Gesetz entscheiden.", "Freitag", Date, "2025-06-13"},
	{"Am Montagabend sprach er mit der Kanzlerin.", "Montagabend", Time, "2025-06-09TEV"},
	{"Die Preise stiegen gestern deutlich an.", "gestern", Date, "2025-06-11"},
	{"Er sprach heute Morgen mit der Presse.", "heute Morgen", Time, "2025-06-12TMO"},
	{"Morgen wird der Kanzler nach Paris reisen.", "Morgen", Date, "2025-06-13"},
	{"Letztes Jahr war die Inflation hoch und die Zinsen stiegen.", "Letztes Jahr", Date, "2024"},
	{"Die Zahlen für den letzten Monat sind schlecht.", "letzten Monat", Date, "2025-05"},
	{"Letzte Woche gab es Proteste in der Stadt.", "Letzte Woche", Date, "2025-W23"},
	{"Er wurde 2019 gewählt und trat im selben Jahr zurück.", "selben Jahr", Date, "2019"},
	{"Das Unternehmen wurde vor drei Jahren gegründet.", "vor drei Jahren", Date, "2022"},
	{"Er war drei Jahre lang im Amt und ging dann.", "drei Jahre lang", Duration, "P3Y"},
	{"Der Bericht erscheint jedes Jahr im Herbst.", "jedes Jahr", Set, "P1Y"},
	{"Die Zeitung erscheint täglich in der Stadt.", "täglich", Set, "P1D"},
	{"Sie trafen sich am 12.06.2018 in Bonn.", "12.06.2018", Date, "2018-06-12"},
	{"Der Umsatz stieg im Vorjahr um fünf Prozent.", "Vorjahr", Date, "2024"},
	{"Die Sanktionen laufen bis Ende 2026 weiter.", "Ende 2026", Date, "2026"},
	{"Im Jahr 2027 soll das Werk öffnen.", "Jahr 2027", Date, "2027"},
	{"Mitte 2024 begann der Bau in der Stadt.", "Mitte 2024", Date, "2024"},
	{"Für Juli ist ein Treffen in Bonn geplant.", "Juli", Date, "2025-07"},
	{"Am Wochenende demonstrierten Tausende in der Stadt gegen die Regierung.", "Wochenende", Date, "2025-W23-WE"},
	{"Am kommenden Wochenende wird in Bayern gewählt.", "kommenden Wochenende", Date, "2025-W24-WE"},
	{"Am vergangenen Wochenende gab es Proteste in der Stadt und auf dem Land.", "vergangenen Wochenende", Date, "2025-W23-WE"},
}

func TestGerman(t *testing.T) {
	runEuCases(t, germanCases)
	// From a weekend day, the coming weekend is the next one: from
	// Sunday 2025-06-15 (week 24) and Saturday 2025-06-14, week 25's.
	for _, dct := range []string{"2025-06-15", "2025-06-14"} {
		expectTimex(t, "Am kommenden Wochenende wird in Bayern gewählt.", date(dct), "kommenden Wochenende", Date, "2025-W25-WE")
	}
	runEuNegatives(t, []string{
		"Der Mai ist gekommen, die Bäume schlagen aus.",
		"Der Komponist August Schmidt und die Sängerin Mai Nguyen sind hier.",
		"Am Morgen war es kalt und hier ist es schön.",
		"Die Firma März AG meldete einen Gewinn.",
		"Er ist 45 Jahre alt und wohnt in Köln.",
	})
}

var frenchCases = []euCase{
	{"L'accord a été signé le 12 juin 2018 à Paris.", "12 juin 2018", Date, "2018-06-12"},
	{"Le rapport a été publié le 3 mars 2020 par le ministère.", "3 mars 2020", Date, "2020-03-03"},
	{"La conférence a eu lieu en juin 2019 à Lyon.", "juin 2019", Date, "2019-06"},
	{"Les élections ont eu lieu en mars dernier dans le pays.", "mars dernier", Date, "2025-03"},
	{"Le sommet a eu lieu en avril et il a été un succès.", "avril", Date, "2025-04"},
	{"Le président est arrivé jeudi dernier à Paris.", "jeudi dernier", Date, "2025-06-05"},
	{"Le ministre a parlé mardi devant les députés.", "mardi", Date, "2025-06-10"},
	{"Le ministre parlera vendredi devant les députés.", "vendredi", Date, "2025-06-13"},
	{"Il est arrivé hier à Paris avec sa femme.", "hier", Date, "2025-06-11"},
	{"Il est arrivé hier soir à Paris avec sa femme.", "hier soir", Time, "2025-06-11TEV"},
	{"Il partira demain pour Rome avec le président.", "demain", Date, "2025-06-13"},
	{"Le gouvernement a annoncé aujourd'hui une réforme.", "aujourd'hui", Date, "2025-06-12"},
	{"L'économie a progressé l'année dernière selon l'Insee.", "l'année dernière", Date, "2024"},
	{"L'économie a progressé l'an dernier selon l'Insee.", "l'an dernier", Date, "2024"},
	{"Les ventes ont chuté le mois dernier dans le pays.", "le mois dernier", Date, "2025-05"},
	{"La semaine dernière, les prix ont augmenté.", "La semaine dernière", Date, "2025-W23"},
	{"Cette année, les prix ont augmenté.", "Cette année", Date, "2025"},
	{"Il a été élu en 2019 et la même année il a démissionné.", "la même année", Date, "2019"},
	{"Il est arrivé le 3 mai 2020 et il est reparti le lendemain.", "le lendemain", Date, "2020-05-04"},
	{"Il est mort il y a trois ans dans un accident.", "il y a trois ans", Date, "2022"},
	{"La guerre a duré trois ans et a fait des milliers de morts.", "trois ans", Duration, "P3Y"},
	{"Le festival a lieu chaque année en été.", "chaque année", Set, "P1Y"},
	{"Le marché a lieu tous les jeudis sur la place.", "tous les jeudis", Set, "XXXX-WXX-4"},
}

func TestFrench(t *testing.T) {
	runEuCases(t, frenchCases)
	runEuNegatives(t, []string{
		"La sonde de la NASA est arrivée sur Mars avec succès.",
		"La mission vers mars est un rêve pour les ingénieurs.",
		"Un homme de 45 ans a été arrêté par la police.",
		"La semaine de travail est trop longue pour les salariés.",
	})
}

var italianCases = []euCase{
	{"L'accordo è stato firmato il 12 giugno 2018 a Roma.", "12 giugno 2018", Date, "2018-06-12"},
	{"L'attacco dell'11 settembre 2001 ha cambiato il mondo.", "11 settembre 2001", Date, "2001-09-11"},
	{"La conferenza si è tenuta a giugno 2019 a Milano.", "giugno 2019", Date, "2019-06"},
	{"Le elezioni si sono svolte lo scorso aprile nel paese.", "lo scorso aprile", Date, "2025-04"},
	{"Il presidente è arrivato giovedì scorso a Roma.", "giovedì scorso", Date, "2025-06-05"},
	{"Il ministro ha parlato martedì alla Camera dei deputati.", "martedì", Date, "2025-06-10"},
	{"Il ministro parlerà venerdì alla Camera dei deputati.", "venerdì", Date, "2025-06-13"},
	{"I prezzi sono saliti ieri in tutta Italia.", "ieri", Date, "2025-06-11"},
	{"Il governo deciderà domani sulla riforma delle pensioni.", "domani", Date, "2025-06-13"},
	{"Il premier ha parlato oggi con i giornalisti.", "oggi", Date, "2025-06-12"},
	{"Il premier ha parlato stasera con i giornalisti.", "stasera", Time, "2025-06-12TEV"},
	{"L'economia è cresciuta l'anno scorso secondo l'Istat.", "l'anno scorso", Date, "2024"},
	{"Le vendite sono calate il mese scorso in tutto il paese.", "il mese scorso", Date, "2025-05"},
	{"La settimana scorsa ci sono state proteste a Roma.", "La settimana scorsa", Date, "2025-W23"},
	{"Quest'anno l'economia crescerà ancora.", "Quest'anno", Date, "2025"},
	{"È stato eletto nel 2019 e lo stesso anno si è dimesso.", "lo stesso anno", Date, "2019"},
	{"È morto tre anni fa in un incidente stradale.", "tre anni fa", Date, "2022"},
	{"La guerra è durata tre anni e ha fatto migliaia di morti.", "tre anni", Duration, "P3Y"},
	{"Il festival si tiene ogni anno a Venezia.", "ogni anno", Set, "P1Y"},
	{"Il mercato si tiene ogni giovedì nella piazza.", "ogni giovedì", Set, "XXXX-WXX-4"},
}

func TestItalian(t *testing.T) {
	runEuCases(t, italianCases)
	runEuNegatives(t, []string{
		"Siamo andati al mar Ligure con la famiglia di Maggio.",
		"Un uomo di 45 anni è stato arrestato dalla polizia.",
		"Il secondo giorno della settimana era piovoso per la città.",
	})
}

// TestEuropeanUnknownDCT checks relative expressions stay underspecified
// without a creation date, and explicit ones resolve.
func TestEuropeanUnknownDCT(t *testing.T) {
	tests := []struct{ text, want, value string }{
		{"El presidente llegó el martes a Madrid.", "martes", "XXXX-WXX-2"},
		{"Der Vertrag wurde am 12. Juni 2018 in Berlin unterzeichnet.", "12. Juni 2018", "2018-06-12"},
		{"Il presidente è arrivato giovedì scorso a Roma.", "giovedì scorso", "XXXX-WXX-4"},
		{"Les élections ont eu lieu le 3 mai dans le pays.", "3 mai", "XXXX-05-03"},
	}
	for _, tt := range tests {
		tx, ok := find(Tag(tt.text, time.Time{}), tt.want)
		if !ok || tx.Value != tt.value {
			t.Errorf("Tag(%q) without DCT: %q = %+v, want %s", tt.text, tt.want, tx, tt.value)
		}
	}
}

// TestLanguagesOf checks the language gate on sentences and, where the
// TempEval-3 corpus is present, that no English text turns on a
// European language's rules.
func TestLanguagesOf(t *testing.T) {
	tests := []struct {
		text      string
		want, not script // languages that must be on, and off
	}{
		{"El presidente dijo que la economía creció el año pasado.", spanish, german},
		{"Der Präsident sagte, dass die Wirtschaft im letzten Jahr gewachsen ist.", german, french | spanish | italian},
		{"Der Minister war gestern hier und sprach mit der Presse.", german, french},
		{"Le président a dit que l'économie a progressé l'année dernière.", french, german},
		{"Il presidente ha detto che l'economia è cresciuta l'anno scorso.", italian, german},
		{"The president said the economy grew last year, citing Le Monde and El País.", 0, european},
		{"He ate mayo at the Plaza de Mayo on a March morning; hier means here.", 0, european},
	}
	for _, tt := range tests {
		if got, _ := languagesOf(tokenize.ASCIILower(tt.text)); got&tt.want != tt.want || got&tt.not != 0 {
			t.Errorf("languagesOf(%q) = %b, want %b on and %b off", tt.text, got, tt.want, tt.not)
		}
	}
	files, _ := filepath.Glob(filepath.Join(shared, "data", "nlp", "tempeval3", "TBAQ-cleaned", "*", "*.tml"))
	if len(files) == 0 {
		t.Skip("TempEval-3 corpus absent under ../shared: only the sentences were checked")
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := languagesOf(tokenize.ASCIILower(tag.ReplaceAllString(string(b), ""))); got != 0 {
			t.Errorf("%s: English text detected as %b", filepath.Base(f), got)
		}
	}
}

// TestEuropeanWindows checks that running the European rules near their
// keywords finds what running them on the whole text finds.
func TestEuropeanWindows(t *testing.T) {
	var texts []string
	for _, cs := range [][]euCase{spanishCases, germanCases, frenchCases, italianCases} {
		for _, c := range cs {
			texts = append(texts, c.text)
		}
	}
	probe := &state{dct: date(euDCT), known: true}
	for _, text := range texts {
		lower := tokenize.ASCIILower(text)
		probe.text = text
		probe.langs, _ = languagesOf(lower)
		kw := newKeywords(lower)
		for i := range rules {
			r := &rules[i]
			if r.script&european == 0 {
				continue
			}
			whole, near := wholeAndNear(r, probe, text, lower, kw)
			if !reflect.DeepEqual(whole, near) {
				t.Errorf("rule %d on %q: whole text finds %v, windows %v", i, text, spans(text, whole), spans(text, near))
			}
		}
	}
}
