package extract

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Collections of saved articles often file them by day: a folder named
// 2011-02-11, a path .../2011/02/11/slug, a file 20110211-story.txt. When
// a page carries no date of its own, the date its collector filed it
// under is the best there is, and better than an estimate from the
// text's own references (package textdate).

var (
	// dayRun is a day written as one token: 2011-02-11, 2011_02_11,
	// 2011.02.11 or 20110211, not inside a longer run of letters or digits.
	dayRun = regexp.MustCompile(`((?:19|20)\d\d)([-_.]?)(\d\d)([-_.]?)(\d\d)`)
	// dayDirs is a day written as three path components: /2011/02/11/.
	dayDirs = regexp.MustCompile(`(?:^|/)((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)`)
)

// pathDay returns the day a file path or URL files its document under,
// and whether it names exactly one.
func pathDay(p string) (time.Time, bool) {
	p = filepath.ToSlash(p)
	if i := strings.Index(p, "://"); i >= 0 {
		p = p[i+3:] // a URL: the host is no date
		if j := strings.IndexByte(p, '/'); j >= 0 {
			p = p[j:]
		}
	}
	var found []time.Time
	add := func(y, m, d string) {
		yi, _ := strconv.Atoi(y)
		mi, _ := strconv.Atoi(m)
		di, _ := strconv.Atoi(d)
		t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
		if t.Year() != yi || int(t.Month()) != mi || t.Day() != di {
			return // not a calendar day (2011-02-30)
		}
		for _, f := range found {
			if f.Equal(t) {
				return
			}
		}
		found = append(found, t)
	}
	alnum := func(i int) bool {
		if i < 0 || i >= len(p) {
			return false
		}
		c := p[i]
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	for _, m := range dayRun.FindAllStringSubmatchIndex(p, -1) {
		if alnum(m[0]-1) || alnum(m[1]) {
			continue // inside a longer run of letters or digits
		}
		if p[m[4]:m[5]] != p[m[8]:m[9]] {
			continue // 2011-0211: not one way of writing a day
		}
		add(p[m[2]:m[3]], p[m[6]:m[7]], p[m[10]:m[11]])
	}
	for _, m := range dayDirs.FindAllStringSubmatch(p, -1) {
		add(m[1], m[2], m[3])
	}
	if len(found) != 1 {
		return time.Time{}, false // none, or days that disagree
	}
	return found[0], true
}
