package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// German capitalises every noun, so the tagger, which learned English
// names by their capitals, takes "Regierung", "Sanktionen", "Dienstag"
// and "Außenminister" for names. In a German text, germanNouns keeps a
// one-word entity only when it reads as a name: the gazetteer lists it
// (it then takes the gazetteer's type, so "Nordkorea" is the country
// whatever the tagger made of it), it is written in capitals ("SPD",
// "Nato" stays only if listed), or the text never puts an article, a
// determiner or a number before it, as German does before a common noun
// ("die Regierung", "am Dienstag", "drei Raketen") and seldom before a
// person's name. Day and month names are dropped too: they are the time
// tagger's. An entity of several words that holds a lower-case word
// other than a name particle ("von", "der" in "Walther von der
// Vogelweide") is a run of ordinary words and is dropped.

// germanDeterminers are the words before a common noun.
var germanDeterminers = wordSet(`der die das den dem des ein eine einen einem einer eines kein keine
	keinen keinem keiner keines im am zum zur vom beim ins ans aufs dieser diese dieses diesem diesen
	jener jene jenes jeder jede jedes jeden jedem mein meine sein seine seinen seinem seiner seines ihr
	ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer euer eure alle allen aller viele
	vielen mehrere mehreren einige einigen wenige wenigen manche solche welche welcher zwei drei vier
	fünf sechs sieben acht neun zehn zwölf zwanzig hundert tausend beide beiden`)

// germanCalendar are the day and month names.
var germanCalendar = wordSet(`montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
	januar jänner februar märz april mai juni juli august september oktober november dezember
	montags dienstags mittwochs donnerstags freitags samstags sonntags`)

// germanQuantities are the nouns of round numbers ("Tausende
// demonstrierten"), written without an article.
var germanQuantities = wordSet(`dutzende hunderte tausende zehntausende hunderttausende millionen milliarden`)

// nameParticles may stand lower-case inside a German name.
var nameParticles = wordSet(`von van der den de zu und al bin el da di del la le`)

// wordSet returns the set of the words of s; the package's sets are
// built once and only read.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// germanNouns returns the entities of a German text that read as names;
// see above.
func (idx scriptNames) germanNouns(text string, ents []Entity) []Entity {
	if len(ents) == 0 {
		return ents
	}
	rs := []rune(text)
	common := articledWords(rs)
	out := ents[:0]
	for _, e := range ents {
		e = dropLeadWords(e)
		words := strings.Fields(e.Text)
		if len(words) > 1 {
			if !hasLowerWord(words) {
				out = append(out, e)
			}
			continue
		}
		key := latinKey(e.Text)
		if _, ok := idx.latin[key]; ok {
			out = append(out, e) // its type is listedTypes' to give
			continue
		}
		if germanCalendar[key] || germanQuantities[key] {
			continue
		}
		if isCapitals(e.Text) || !common[key] {
			out = append(out, e)
		}
	}
	idx.listedTypes(out)
	return out
}

// germanRoles are the endings of German role nouns, which the tagger
// takes into the name they stand before: "Bundeskanzler Friedrich
// Merz", "US-Präsident Donald Trump", "Machthaber Kim Jong Un".
var germanRoles = strings.Fields(`kanzler kanzlerin präsident präsidentin minister ministerin chef chefin
	sprecher sprecherin machthaber führer führerin kandidat kandidatin senator senatorin botschafter
	botschafterin general papst könig königin premier vorsitzende vorsitzender abgeordnete abgeordneter
	gouverneur gouverneurin bürgermeister bürgermeisterin sekretär sekretärin diktator`)

// dropLeadWords moves the start of e past the role nouns (and day
// names: "Montag Machthaber Kim Jong Un") that open it while a name of
// two words or more is left ("Friedrich Merz"), so that its canonical
// name is the person's; and past a determiner or a number capitalised at
// a sentence's start ("Am Wochenende", "Zwei Jahre"), leaving a word
// the one-word tests then judge.
func dropLeadWords(e Entity) Entity {
	for {
		words := strings.Fields(e.Text)
		if len(words) < 2 {
			return e
		}
		first := strings.ToLower(words[0])
		if !germanDeterminers[first] && (len(words) < 3 || !isRoleNoun(words[0]) && !germanCalendar[first]) {
			return e
		}
		rs := []rune(e.Text)
		i := utf8.RuneCountInString(words[0])
		for i < len(rs) && unicode.IsSpace(rs[i]) {
			i++
		}
		e.Text = string(rs[i:])
		e.Start += i
	}
}

func isRoleNoun(w string) bool {
	w = strings.ToLower(w)
	for _, r := range germanRoles {
		if strings.HasSuffix(w, r) {
			return true
		}
	}
	return false
}

// articledWords returns the lower-cased capitalised words of rs that
// follow a determiner somewhere in it.
func articledWords(rs []rune) map[string]bool {
	out := map[string]bool{}
	prev := ""
	for i := 0; i < len(rs); {
		if !unicode.IsLetter(rs[i]) {
			if !unicode.IsSpace(rs[i]) && rs[i] != '-' {
				prev = "" // punctuation breaks the phrase
			}
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '-') {
			j++
		}
		w := string(rs[i:j])
		if unicode.IsUpper(rs[i]) && germanDeterminers[prev] {
			out[strings.ToLower(w)] = true
		}
		prev = strings.ToLower(w)
		if unicode.IsUpper(rs[i]) && !germanDeterminers[prev] {
			// "Der" opening a sentence is a determiner too; any other
			// capitalised word is the noun itself.
			prev = ""
		}
		i = j
	}
	return out
}

// hasLowerWord reports a word of words that starts lower-case and is no
// name particle.
func hasLowerWord(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !nameParticles[w] {
			return true
		}
	}
	return false
}

// isCapitals reports a word of two letters or more written in capitals.
func isCapitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
