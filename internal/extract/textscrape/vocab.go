package textscrape

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// furnitureLines holds whole lines, normalised by Normalize, that are page
// furniture wherever they stand: navigation, sharing and reading widgets,
// section boxes. Several languages.
var furnitureLines = wordSet(`
share|share post|share this|share this article|share this story|share article|share on facebook|share on twitter|share via email
tweet|print|print this|print article|print this article|email|e-mail|mail|copy link|link copied|copy url|save|bookmark
text size|font size|font|a a|aa|a+|a-|close|open|menu|search|home|top|back to top|go to top|to top|scroll to top|main menu|navigation
skip to content|skip to main content|skip navigation|skip to navigation|jump to content|go to content
related|related articles|related posts|related stories|related news|related content|related topics|related coverage
popular|most popular|most read|most viewed|trending|trending now|latest|latest news|top stories|editor's picks|editors' picks
more like this|more stories|more news|more from|you may also like|you might also like|recommended|recommended for you|don't miss|also read|read more|read also|see also|read next|up next|next up|more
comments|comment|leave a comment|leave a reply|post a comment|add a comment|show comments|view comments|reply|replies|cancel reply|join the conversation|discussion
subscribe|subscribe now|sign up|sign in|log in|login|log out|logout|register|newsletter|my account|account|profile
advertisement|advertisment|advertising|ad|ads|sponsored|sponsored content|promoted|partner content|paid content
follow us|follow|join us on social|join us on social!|connect with us|stay connected|social media|social
special coverage|previous|next|previous article|next article|previous post|next post|older|newer
shares|tags|topics|categories|category|filed under|keywords|section|sections
likes|views|aufrufe|visualizaciones|me gusta|curtidas|j'aime|polubień|wyświetleń
facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|instagram|youtube|tiktok|flipboard|pocket|messenger|line|kakaotalk|kakao story|naver|band|weibo|wechat|vk
listen|listen to this article|audio|video|watch|photo|photos|gallery|image|play|pause|loading|loading...
accept|accept all|accept cookies|reject|reject all|cookie settings|manage cookies|ok|got it|yes|no|continue|continue reading|show more|load more|see more|view more|expand
contact|contact us|about|about us|privacy|privacy policy|terms|terms of use|terms of service|terms and conditions|imprint|sitemap|rss|careers|help|faq|feedback|advertise|advertise with us
compartilhe|compartilhar|compartilhe:|leia também|leia mais|veja também|veja mais|mais lidas|mais lidos|relacionadas|notícias relacionadas|comentários|assine|entrar|publicidade|siga-nos|fechar|imprimir|enviar|receba notícias
compartir|comparte|lea también|lee también|leer más|ver más|noticias relacionadas|más leídas|lo más leído|lo más visto|comentarios|suscríbete|publicidad|síguenos|cerrar|imprimir|te puede interesar|te recomendamos|enviar
partager|partagez|lire aussi|à lire aussi|lire la suite|voir aussi|sur le même sujet|articles liés|les plus lus|commentaires|s'abonner|abonnez-vous|publicité|suivez-nous|fermer|imprimer|envoyer
teilen|drucken|mehr zum thema|lesen sie auch|auch interessant|weitere artikel|meistgelesen|kommentare|abonnieren|anzeige|werbung|schließen|zum inhalt springen|nach oben|zurück|weiter|mehr
condividi|leggi anche|stampa|commenti|pubblicità|chiudi|iscriviti|potrebbe interessarti|più letti
ähnliche beiträge|ähnliche artikel|verwandte artikel|weitere beiträge|beliebte beiträge|neueste artikel|neueste beiträge|vorheriger beitrag|nächster beitrag|vorheriger artikel|nächster artikel|schon gelesen?|über den autor|über die autorin|kommentieren|kommentar|schreibe einen kommentar|hinterlasse einen kommentar|kommentar verfassen|unterstützen sie uns|war der artikel nützlich?|war dieser artikel hilfreich?|möchten sie den artikel teilen?|hier ist ihre meinung gefragt|das könnte dich auch interessieren|das könnte sie auch interessieren|das könnte sie interessieren|empfehlungen|mehr artikel|newsletter abonnieren|jetzt abonnieren|artikel teilen|diesen artikel teilen|beitrag teilen|quelle|bildquelle|foto|zurück zur übersicht|alle artikel|alle beiträge|zur startseite|startseite|impressum|datenschutz|datenschutzerklärung|kontakt|suche|anmelden|registrieren|abmelden|mehr lesen|weiterlesen|zum artikel|passend zum thema|themen|schlagwörter|verwandte themen|auch lesenswert|lesenswert|top-themen|meistgelesene artikel
you may have missed|previous story|next story|about the author|share this|like this|like this:|loading...|post navigation|subscribe to our newsletter|sign up for our newsletter|your email address will not be published|required fields are marked|share this:|related posts:|latest posts|recent posts|recent comments|archives|categories|meta|leave a reply cancel reply|more in|more on|read full article|full story|click to share|opens in new window
czytaj też|czytaj także|zobacz także|zobacz też|źródło|publikacja|więcej|polecane|najnowsze|najczęściej czytane|podobne artykuły|czytaj więcej|czytaj dalej|udostępnij|skomentuj|dodaj komentarz|tagi|autor|zobacz również|przeczytaj również|przeczytaj także
delen|lees ook|reageer|reacties|sluiten
udostępnij|czytaj także|czytaj też|zobacz także|komentarze|reklama|zamknij
поделиться|читайте также|комментарии|реклама|подписаться|закрыть|печать
본문 바로가기|관련기사|관련 기사|공유|공유하기|인쇄|닫기|댓글|많이 본 뉴스|많이 본 기사|구독|글자크기|글자 크기|기사 듣기|가장 많이 본 기사|좋아요|메뉴|검색|이전|다음|목록|맨위로|위로|top 버튼|스크랩|기사 공유|페이스북|트위터|카카오톡|이 기사를 추천합니다|추천|주요뉴스|오늘의 핫뉴스
関連記事|シェア|印刷|閉じる|コメント|ランキング|メニュー|トップへ|ツイート|詳しくはこちら|続きを読む|もっと見る|この記事をシェア
相关新闻|相关文章|分享|打印|关闭|评论|热门|返回顶部|推荐阅读|責任編輯|责任编辑|小字号|中字号|大字号|关注|收藏|分享到
기사 url이 복사되었습니다|url이 복사되었습니다|링크가 복사되었습니다|기사 url 복사|url 복사
advert|report|report comment|report abuse|read later|save for later|view all|see all|copied|link copied|print mode|view pdf/print mode|thanks for watching|breaking news emails|ähnliche themen|markiert mit|ausgabe kaufen
story continues below advertisement|article continues below advertisement|story continues below|article continues below|article continues after advertisement|continue reading below|passer la publicité|la suite après cette publicité|la suite après la publicité|video link|headline link
link wurde kopiert|link kopiert|link kopieren|lien copié|enlace copiado|link copiato|link copiado|lenke kopiert|ihre meinung zählt|ihre meinung zählt.|ihre meinung ist gefragt|schicken sie uns ihr feedback|inhaltliches feedback?|send us your feedback
ver más artículos|ver más noticias|voir plus d'articles|plus d'articles|more articles|see more articles|view more articles|weitere artikel anzeigen|weitere beiträge anzeigen|mehr artikel anzeigen|vedi altri articoli|ver mais artigos|ver mais notícias|se flere saker|flere saker
kostenlos herunterladen|sie lesen gerade auf die zweitbeste art|nein danke|no thanks|no, thanks|non merci|no gracias|não, obrigado|donate|spenden|jetzt spenden|faire un don|donar|read our complete coverage|read our full coverage
ansprechpartner|ansprechpartnerin|ihr ansprechpartner|pressekontakt|pressekontakte|press contact|media contact|ihr warenkorb ist leer|warenkorb|your cart is empty|shopping cart|erschienen in|seite drucken|seite empfehlen|seite teilen|per e-mail weiterempfehlen|als lesezeichen speichern
कॉपी लिंक|लिंक कॉपी करें|शेयर|शेयर करें|ये भी पढ़ें|यह भी पढ़ें
التالي|السابق|شارك|مشاهدات عالية|الأكثر مشاهدة|الأكثر قراءة|اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة|مواضيع ذات صلة
článek|sdílet|související články|další články|čtěte také|přečtěte si také|komentáře
関連企業・業界|関連キーワード|関連ニュース|あわせて読みたい|おすすめ記事
artikel anhören|artikel vorlesen|beitrag anhören|listen to article|listen to the article|listen to this story|écouter l'article|écouter cet article|ouvir artigo|ouvir este artigo|escuchar artículo|escuchar este artículo|ascolta l'articolo|posłuchaj artykułu
what to read next|read this next|weitere videos|mehr videos|more videos|diskuze|sdílejte článek|open this photo in gallery|open this photo in gallery:
media playback is unsupported on your device|media playback is not supported on this device|print this article share it with friends|print this page|print this story
เรื่องที่เกี่ยวข้อง|แชร์|ข่าวที่เกี่ยวข้อง
`)

// furniturePrefixes start short lines that are furniture: "Share on …",
// "Read more: …", "Leia também: …".
var furniturePrefixes = strings.Split(strings.TrimSpace(`share on |share this|share via|follow us|sign up for|sign up to|subscribe to|subscribe for|read more|read also|also read|read next|see also|related:|related stories|more from|more on this|recommended:|click here|tap here|watch:|watch now|listen:|advertisement|photo:|photos:|image:|picture:|credit:|source:|file photo|getty images|reuters/|ap photo|afp photo|©|copyright|all rights reserved|leia também|leia mais|veja também|lea también|lee también|leer más|lire aussi|à lire|voir aussi|lesen sie auch|mehr zum thema|leggi anche|lees ook|czytaj także|читайте также|관련기사|관련 기사|[관련기사]|[사진|사진=|▶|☞|※ |your email address|your e-mail address|deine e-mail-adresse|ihre e-mail-adresse|e-mail (wird|this site uses akismet|diese website verwendet akismet|diese seite verwendet akismet|um neue beiträge|mit meinem kostenlosen newsletter|wir informieren sie|zapraszamy|czekamy na wasze|sie lesen gern|holen sie sich|if you're running an ad|if you’re running an ad|don't have time to read|don’t have time to read|abonnieren sie|melden sie sich|jetzt anmelden|jetzt registrieren|jetzt lesen|mehr zum|mehr dazu|bild:|bild via|foto:|fotos:|quelle:|źródło:|fot.|download the|get the app|open in app|updated on|posted in|filed under|abgelegt unter|tags:|topics:|czytaj też|czytaj również|zobacz też|zobacz również|przeczytaj też|przeczytaj także|przeczytaj również|siehe auch:|auch interessant:|te puede interesar|también te puede interesar|vous aimerez aussi|à voir aussi|don't miss:|don’t miss:|further reading:|recommended reading:|les også|læs også|läs också|lue myös|über dieses thema berichtet|zum artikel:|nein danke.|no thanks.|share on:|share to |media caption|image caption|image copyright`), "|")

// commentHeads are the lines that open a reader-comment section.
var commentHeads = wordSet(`comments|comment|top rated comments|top comments|most popular comments|featured comments|newest comments|most recent comments|latest comments|best comments|highest rated comments|read all comments|all comments|all replies|show all threads|show all replies|view all replies|show all comments|view all comments|see all comments|load comments|load more comments|leave a reply cancel reply|kommentar|schreibe einen kommentar|hinterlasse einen kommentar|kommentar verfassen|kommentar verfassen antwort abbrechen|schreibe einen kommentar antworten abbrechen|schreibe einen kommentar antwort abbrechen|reader comments|readers' comments|leave a comment|leave a reply|post a comment|add a comment|show comments|view comments|join the conversation|discussion|what do you think|comentários|comentarios|deixe seu comentário|deja tu comentario|commentaires|laisser un commentaire|kommentare|kommentar schreiben|commenti|lascia un commento|reacties|komentarze|комментарии|отзывы|댓글|コメント|评论|評論`)

// copyrightMarks identify copyright lines.
var copyrightMarks = []string{"©", "all rights reserved", "todos os direitos reservados", "todos los derechos reservados", "tous droits réservés", "alle rechte vorbehalten", "tutti i diritti riservati", "wszelkie prawa zastrzeżone", "все права защищены", "무단 전재", "무단전재", "재배포 금지", "저작권자", "版权所有", "版權所有", "著作権", "無断転載"}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		for _, w := range strings.Split(l, "|") {
			if w = strings.TrimSpace(w); w != "" {
				m[Normalize(w)] = true
			}
		}
	}
	return m
}

var (
	countRe    = regexp.MustCompile(`\s*[(\[]\d+[)\]]\s*$|^\d+\s+|\s+\d+$`)
	readTimeRe = regexp.MustCompile(`(?i)^\d+\s*(?:min(?:ute)?s?|분)\s*(?:read|de lectura|de leitura|lesezeit|di lettura|읽기)?$|^(?:reading time|lesezeit|tempo de leitura)\b`)
	agoRe      = regexp.MustCompile(`(?i)^(?:updated\s+|posted\s+|published\s+)?\d+\s*(?:s|m|h|d|w|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|^(?:há|hace|il y a|vor)\s+\d+\s+\pL+$`)
	numberRe   = regexp.MustCompile(`^[\d\s.,:/%+\-–|·•]+$`)
	// counterRe matches a gallery's counter ("1 of 6", "3 von 12") and
	// a comment's votes ("Rating: 36 Votes", "12 points").
	counterRe = regexp.MustCompile(`^\d{1,3} (?:of|von|de|di|sur|z|из) \d{1,3}$|^(?:rating|score|votes?)\W{0,2}[+-]?\d+(?: votes?| points?)?$|^[+-]?\d+ (?:votes?|points?)$`)
)

// Normalize returns the form of a line used to compare it with known
// furniture and across documents: lower case, inner space collapsed,
// surrounding punctuation and bullet marks trimmed.
func Normalize(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ':' || r == '|' || r == '»' || r == '›' || r == '>' || r == '<' || r == '«' || r == '‹' ||
			r == '•' || r == '·' || r == '-' || r == '–' || r == '—' || r == '*' || r == '+' || r == '#' || r == '…' || r == '!' || r == '→' || r == '↑' || r == '▲' || r == '▼'
	})
}

// FoldWords keys a text for loose comparison: its words (runs of
// letters and digits) in lower case, one space apart, with format
// characters dropped, so that "Mes\u00adsen\u00adger" (soft hyphens) is
// "messenger".
func FoldWords(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// isVocab reports whether the normalised line is known furniture.
func isVocab(norm string, weight int) bool {
	if norm == "" {
		return false
	}
	if furnitureLines[norm] {
		return true
	}
	if weight > 12 {
		return false
	}
	if c := countRe.ReplaceAllString(norm, ""); c != norm && furnitureLines[strings.TrimSpace(c)] {
		return true // "Comments (12)", "12 comments"
	}
	if readTimeRe.MatchString(norm) || agoRe.MatchString(norm) || counterRe.MatchString(norm) {
		return true
	}
	if weight <= 12 {
		for _, p := range furniturePrefixes {
			if strings.HasPrefix(norm, p) {
				return true
			}
		}
	}
	return false
}

func isCommentHead(norm string) bool {
	if strings.HasPrefix(norm, "[") {
		norm = strings.TrimSpace(strings.Trim(norm, "[]")) // "[ Read All Comments ]"
	}
	if commentHeads[norm] || len(norm) <= 200 && norm != "" && (norm[0] >= '0' && norm[0] <= '9' || norm[0] == 'o' || norm[0] == 'e' || norm[0] == 't') && commentCountRe.MatchString(norm) {
		return true
	}
	if len(norm) > 60 {
		return false
	}
	if strings.HasSuffix(norm, "abbrechen") || strings.HasSuffix(norm, "cancel reply") || strings.HasSuffix(norm, "cancelar respuesta") ||
		strings.HasSuffix(norm, "cancelar resposta") || strings.HasSuffix(norm, "annulla risposta") || strings.HasSuffix(norm, "réponse") {
		return commentFormHead.MatchString(norm)
	}
	c := strings.TrimSpace(countRe.ReplaceAllString(norm, ""))
	return c != norm && commentHeads[c]
}

// commentFormHead matches the heading of a blog's comment form, which
// runs its title into the link that cancels a reply: "Kommentar
// hinterlassen Antworten abbrechen", "Leave a Reply Cancel reply",
// "Lascia un commento Annulla risposta".
var commentFormHead = regexp.MustCompile(`^(?:[\pL'’]+ ){0,5}(?:antworten|antwort) abbrechen$|^(?:[\pL'’]+ ){0,5}cancel reply$|^(?:[\pL'’]+ ){0,5}cancelar (?:respuesta|resposta)$|^(?:[\pL'’]+ ){0,5}annulla risposta$|^(?:[\pL'’]+ ){0,5}annuler (?:la )?réponse$`)

// commentCountRe matches the heading a blog prints over its comments,
// naming their number (and the post): "11 Antworten zu “Sunday
// Thoughts”", "One response to “…”", "3 thoughts on “…”".
var commentCountRe = regexp.MustCompile(`^(?:\d+|one|eine?)\s+(?:antworten?|kommentare?|gedanken|reaktionen|responses?|replies|reply|thoughts?|comments?|comentarios?|comentários?|commentaires?|risposte|commenti)\s+(?:zu|auf|für|to|on|about|sobre|em|en|a|à|sur|su)\s+["“”„«»‘’'‚]` +
	// Without the quotes, a count of answers or comments over a short
	// title: "142 Antworten zu Würde des Lebens – ein Projekt".
	`|^\d+\s+(?:antworten|kommentare|responses|replies|comments|reaktionen|comentarios|commentaires)\s+(?:zu|auf|to|on|a|sur|en)\s+[^.!?]{1,80}$` +
	// A count told as a sentence: "There are 13 comments".
	`|^there (?:are|is) (?:\d+|one|no) (?:comments?|responses?|replies|reply|thoughts?)$`)

// isCopyright reports a copyright line (see copyrightMarks and
// copyrightWord), or a longer notice of the site's rights (see
// reprintWords), from its normalised text and weight.
func isCopyright(norm string, weight int) bool {
	switch {
	case weight > maxNoticeWeight:
		return false
	case containsAny(norm, reprintWords) && containsAny(norm, noticeMarks):
		return true
	case weight > 40:
		return false
	}
	if containsAny(norm, copyrightMarks) {
		return true
	}
	if !strings.Contains(norm, "copyright") && !strings.Contains(norm, "(c)") {
		return false // most lines: copyrightWord need not run
	}
	return copyrightWord.MatchString(norm) || strings.Contains(norm, "copyright") && !endsSentence(norm) ||
		weight <= maxMarkWeight && strings.Contains(norm, "(c) ")
}

// maxMarkWeight is the longest a line may be for "(c)" alone, with no
// year, to mark it a copyright line ("(c) Reuters", "Foto: (c) dpa"):
// in a longer line it opens the third item of a list.
const maxMarkWeight = 6

// copyrightWord matches "copyright" or "(c)" where a copyright line
// writes it: "copyright" opening the line, or either next to a year
// ("Copyright 2024 Foo Media", "(c) 2019 The Bar", "Foo News, copyright
// 2023"). Elsewhere "copyright" marks a copyright line only when no full
// stop closes the line ("All content copyright Foo Media Ltd"): a
// sentence may name a copyright ("The case turns on who owns the
// copyright."), and "(c)" opens the third item of a list.
var copyrightWord = regexp.MustCompile(`^copyright(?:\s|©|$)|(?:\bcopyright|\(c\))\s*(?:©\s*)?(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+copyright\b`)

// maxNoticeWeight is the longest a site's notice of its rights may run:
// a paragraph, as Chinese and Korean sites print under every page
// ("中国日报网版权说明：凡注明来源为…未经允许禁止转载…").
const maxNoticeWeight = 200

// A copyright line longer than a short line (weight over 40) is a notice
// of the site's rights only when it forbids copying (reprintWords) and
// claims the rights in a way an article's sentence does not (noticeMarks:
// the © sign, "all rights reserved", or the rights named in a Chinese,
// Japanese or Korean notice, which need no sign). "Copyright" alone is no
// such mark: a report on a lawsuit may say that articles were reproduced
// in breach of copyright.
var (
	reprintWords = []string{"转载", "轉載", "転載", "전재", "재배포", "reproduc", "redistribut", "republish", "rewritten"}
	noticeMarks  = []string{"©", "all rights reserved", "todos os direitos reservados", "todos los derechos reservados", "tous droits réservés", "alle rechte vorbehalten", "tutti i diritti riservati", "版权", "版權", "著作権", "저작권"}
)

// codeLineRe matches a line of style sheet, script or markup that leaked
// into the text: a CSS rule (".logo{display: block;"), a script statement
// ("var ads = ...", "function init(", "document.write(", "})();"), or a
// tag ("<div class=...>").
var codeLineRe = regexp.MustCompile(`\{\s*[-a-zA-Z]+\s*:\s*[^;{}]+;|^\s*(?:var|let|const)\s+[\w$]+\s*=|^\s*function\s*[\w$]*\s*\(|^\s*(?:window|document)\.[\w.]+\s*[=(]|\}\)(?:\(\))?;\s*$|^\s*</?[a-z][a-z0-9]*(?:\s[^>]*)?/?>`)

// isCodeLine reports a line of style sheet, script or markup (see
// codeLineRe).
func isCodeLine(s string) bool { return codeLineRe.MatchString(s) }

// codeEnd reports a line that ends as a statement or block of code does
// ("this.name = name;", "describe('Cow', function() {"), as a line of a
// listing may.
func codeEnd(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || !strings.ContainsAny(s, "(=:") {
		return false
	}
	switch s[len(s)-1] {
	case ';', '{', '}':
		return true
	}
	return false
}

// isCodeToken reports a line that is one identifier-like token, such as
// "bar_progress" or "adsbygoogle": markup leaking into the text.
func isCodeToken(s string) bool {
	if strings.ContainsAny(s, " \t") || len(s) > 80 {
		return false
	}
	hasUnderscore := strings.Contains(s, "_")
	inner := false
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			inner = true
		}
		if !(r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '.')) {
			return false
		}
	}
	lower := strings.ToLower(s)
	return hasUnderscore || (inner && strings.ToLower(s[:1]) == s[:1]) || strings.Contains(lower, "adsbygoogle") || strings.HasPrefix(lower, "div-gpt")
}

// IsFurnitureLine reports whether a line of text, standing alone, is
// word for word a known piece of page furniture in one of the
// vocabulary's languages: a sharing or reading widget ("Text size",
// "Link copied", "小字号"), a navigation label, a comment count
// ("Comments (12)"), with or without a closing full stop. Unlike
// Extract it reads the line without its neighbours, so it takes no
// prefixes ("Read more: …" may head a paragraph of text) and no line of
// one character.
func IsFurnitureLine(s string) bool {
	norm := strings.TrimRight(Normalize(s), ".。")
	if utf8.RuneCountInString(norm) < 2 {
		return false
	}
	if furnitureLines[norm] {
		return true
	}
	c := strings.TrimSpace(countRe.ReplaceAllString(norm, ""))
	return c != norm && utf8.RuneCountInString(c) >= 2 && furnitureLines[c]
}
