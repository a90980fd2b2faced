package mojibake

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Repair is one span of a line to replace.
type Repair struct {
	Start, End int    // byte offsets in the line
	Text       string // the replacement
	Codec      string // the encoding the UTF-8 bytes were read with by mistake
	Lossy      bool   // a byte was lost (the text had � or ?): the character is �
}

// cell is one character of a line seen through a codec.
type cell struct {
	start, end int
	r          rune
	b          byte // its byte in the codec, when enc
	enc        bool // the codec has the character (ASCII always)
}

// seq is a UTF-8 sequence found among the bytes of consecutive cells.
type seq struct {
	first, last int // cells [first, last)
	text        string
	nbytes      int
	lossy       bool
	aSpace      bool   // "Ã " read as "à " (a no-break space turned plain)
	spaceA0     bool   // a plain space read as byte A0
	cont        []rune // the characters that stood for continuation bytes
}

// Fix returns the repairs of one line: the spans that are UTF-8 read with
// a single-byte code page, decoded once (the pipeline's rounds undo a
// second or third layer), and lone C1 control characters that are
// Windows-1252 punctuation read as Latin-1. It returns nothing for a line
// it is not sure of.
func Fix(line string) []Repair {
	if isASCII(line) {
		return nil
	}
	return fixIn(line, suspects(line))
}

// fixIn is Fix with the code pages of the suspect mask only.
func fixIn(line string, suspect uint8) []Repair {
	if suspect == 0 {
		return nil
	}
	buf := cellBuffers.Get().(*[]cell)
	defer cellBuffers.Put(buf)
	*buf = slices.Grow((*buf)[:0], len(codecs)*len(line)) // a cell per byte at most
	readings := make([]reading, len(codecs))
	var best []Repair
	bestScore, bestCodec := 0, -1
	for i, c := range codecs {
		if suspect&(1<<i) == 0 {
			continue // no suspect pair in this code page: nothing to read
		}
		readings[i] = read(line, c, buf)
		reps, score := readings[i].fix()
		if score > bestScore {
			best, bestScore, bestCodec = reps, score, i
		}
	}
	if bestCodec >= 0 {
		best = append(best, mixed(readings, best, bestCodec)...)
	}
	return append(best, loneC1(line, best)...)
}

// reading is a line read through one codec: its cells, their sequences,
// and which of those are plausible (keep) and sure.
type reading struct {
	c          *codec
	cells      []cell
	seqs       []seq
	keep, sure []bool
}

// cellBuffers hold the cells of the readings of a line, one buffer for all
// the codecs: about one line in twenty of French prose needs them ("l’é"
// may be mojibake in some code page), and a new set for each cost more
// than the rest of the stage.
var cellBuffers = sync.Pool{New: func() any { return new([]cell) }}

// read reads line through c, with its cells appended to *buf (the cells of
// the other codecs' readings stay where they are).
func read(line string, c *codec, buf *[]cell) reading {
	start := len(*buf)
	*buf = cellsOf(line, c, *buf)
	r := reading{c: c, cells: (*buf)[start:len(*buf):len(*buf)]}
	r.seqs = sequences(r.cells, c)
	r.keep, r.sure = judge(r.cells, r.seqs)
	return r
}

// mixed finds, in a line already known to be mojibake, sequences of three
// bytes or more that another code page explains ("stonesâ€ś" in a line of
// Windows-1252: ś is Windows-1250).
func mixed(readings []reading, reps []Repair, done int) []Repair {
	taken := slices.Clone(reps)
	var out []Repair
	for i, rd := range readings {
		if i == done {
			continue
		}
		for j, s := range rd.seqs {
			if !rd.keep[j] || s.nbytes < 3 || s.lossy {
				continue
			}
			rp := s.repair(rd.cells, rd.c)
			if !overlaps(taken, rp) {
				out = append(out, rp)
				taken = insert(taken, rp)
			}
		}
	}
	return out
}

// overlaps reports whether r overlaps one of reps, sorted by Start.
func overlaps(reps []Repair, r Repair) bool {
	i, _ := slices.BinarySearchFunc(reps, r.Start, func(o Repair, start int) int { return o.Start - start })
	return i < len(reps) && reps[i].Start < r.End || i > 0 && reps[i-1].End > r.Start
}

// insert adds r to reps, keeping them sorted by Start.
func insert(reps []Repair, r Repair) []Repair {
	i, _ := slices.BinarySearchFunc(reps, r.Start, func(o Repair, start int) int { return o.Start - start })
	return slices.Insert(reps, i, r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// cellsOf appends the cells of a line read through c to cells.
func cellsOf(line string, c *codec, cells []cell) []cell {
	for i, r := range line {
		cl := cell{start: i, end: i + utf8.RuneLen(r), r: r}
		if r < utf8.RuneSelf {
			cl.b, cl.enc = byte(r), true
		} else if b, ok := c.bytes[r]; ok {
			cl.b, cl.enc = b, true
		}
		cells = append(cells, cl)
	}
	return cells
}

// sequences returns the UTF-8 sequences of cells, left to right.
func sequences(cells []cell, c *codec) []seq {
	var seqs []seq
	for i := 0; i < len(cells); {
		if s, ok := sequenceAt(cells, i, c); ok {
			seqs = append(seqs, s)
			i = s.last
			continue
		}
		i++
	}
	return seqs
}

// fix keeps the plausible sequences of a reading and decides whether the
// line as a whole is mojibake. The score grows with the characters
// repaired (and prefers a code page that needs no undefined byte); it is
// 0 when nothing is repaired.
func (rd reading) fix() ([]Repair, int) {
	c, cells, seqs, keep, sure := rd.c, rd.cells, rd.seqs, rd.keep, rd.sure
	if len(seqs) == 0 {
		return nil, 0
	}
	var kept []seq
	strong, big := 0, 0
	for j, s := range seqs {
		if !keep[j] {
			continue
		}
		kept = append(kept, s)
		if sure[j] {
			strong++
		}
		if s.nbytes >= 3 && !s.lossy {
			big++
		}
	}
	other := 0 // non-ASCII signs outside the kept sequences
	k := 0
	for i, cl := range cells {
		for k < len(kept) && kept[k].last <= i {
			k++
		}
		inside := k < len(kept) && kept[k].first <= i
		if !inside && cl.r >= utf8.RuneSelf && !isC1(cl.r) && (!unicode.IsLetter(cl.r) || nearSign(cells, i)) {
			// A letter among letters may be right already (a layer
			// repaired in an earlier round); one next to a sign is debris.
			other++
		}
	}
	covered, sloppy := 0, 0
	broken := false // some sequence holds a character that is not a letter
	for _, s := range kept {
		covered += s.last - s.first
		for _, cl := range cells[s.first:s.last] {
			broken = broken || !unicode.IsLetter(cl.r)
			if c.sloppy[cl.r] {
				sloppy++
			}
		}
	}
	// Where other non-ASCII characters remain, the repairs must be the
	// larger part: a hopeless garble keeps its few decodable pieces.
	ok := strong >= 1 && (other == 0 || (strong >= 2 || big >= 1) && covered >= other)
	if !c.common {
		// Another code page must explain the whole line, twice, and find
		// it broken: "HÅØYA" is letters in Windows-1257 too.
		ok = strong >= 1 && other == 0 && broken && (len(kept) >= 2 || big >= 1 || lowerWord(kept[0], cells))
	}
	if !ok {
		return nil, 0
	}
	var reps []Repair
	for _, s := range kept {
		reps = append(reps, s.repair(cells, c))
	}
	return reps, covered*100 - sloppy
}

func (s seq) repair(cells []cell, c *codec) Repair {
	return Repair{Start: cells[s.first].start, End: cells[s.last-1].end, Text: s.text, Codec: c.name, Lossy: s.lossy}
}

// judge decides which sequences are plausible (keep) and which are sure
// to be mojibake, looking at their neighbours as they will read once
// decoded.
func judge(cells []cell, seqs []seq) (keep, sure []bool) {
	keep, sure = make([]bool, len(seqs)), make([]bool, len(seqs))
	touchesPrev := func(j int) bool { return j > 0 && seqs[j-1].last == seqs[j].first }
	touchesNext := func(j int) bool { return j+1 < len(seqs) && seqs[j+1].first == seqs[j].last }
	near := func(j int) (prev, next rune) {
		s := seqs[j]
		if s.first > 0 {
			prev = cells[s.first-1].r
			if touchesPrev(j) {
				prev = lastRune(seqs[j-1].text)
			}
		}
		if s.last < len(cells) {
			next = cells[s.last].r
			if touchesNext(j) {
				next, _ = utf8.DecodeRuneInString(seqs[j+1].text)
			}
		}
		return prev, next
	}
	for j, s := range seqs {
		prev, next := near(j)
		inCaps := isASCIIUpper(next) || isASCIIUpper(prev) && s.first >= 2 && unicode.IsUpper(cells[s.first-2].r)
		keep[j] = plausible(s, prev, next, !touchesPrev(j) && !touchesNext(j), inCaps)
		sure[j] = keep[j] && isStrong(s, prev, next, !touchesPrev(j) && !touchesNext(j))
	}
	for j, s := range seqs {
		r, _ := utf8.DecodeRuneInString(s.text)
		touching := touchesPrev(j) && keep[j-1] || touchesNext(j) && keep[j+1]
		switch {
		case !keep[j] && isC1(r) && len(s.text) == 2 && touching:
			// A C1 character between kept sequences is the middle of a
			// deeper layer (the last byte of ” in Windows-1252 is 0x9D).
			keep[j] = true
		case keep[j] && !sure[j] && uncased(r) && touching:
			sure[j] = true // two Hebrew, Arabic or Thai letters in a row
		}
	}
	return keep, sure
}

// lowerWord reports whether a sequence decodes to a lower-case letter
// inside a lower-case word (wei√ü in MacRoman).
func lowerWord(s seq, cells []cell) bool {
	r, _ := utf8.DecodeRuneInString(s.text)
	return unicode.IsLower(r) && s.first > 0 && unicode.IsLower(cells[s.first-1].r)
}

// nearSign reports whether a neighbour of cells[i] is a non-ASCII sign
// (ãƒâ€ is debris, the ç of Classificação is not).
func nearSign(cells []cell, i int) bool {
	sign := func(r rune) bool { return r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsSpace(r) }
	return i > 0 && sign(cells[i-1].r) || i+1 < len(cells) && sign(cells[i+1].r)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// uncased reports whether r is a letter of a script without case.
func uncased(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// sequenceAt reads a UTF-8 sequence from the bytes of cells[i:].
func sequenceAt(cells []cell, i int, c *codec) (seq, bool) {
	lead := cells[i]
	if !lead.enc || lead.r < utf8.RuneSelf {
		return seq{}, false
	}
	n := 0
	switch b := lead.b; {
	case b >= 0xC2 && b <= 0xDF:
		n = 2
	case b >= 0xE0 && b <= 0xEF:
		n = 3
	case b >= 0xF0 && b <= 0xF4:
		n = 4
	default:
		return seq{}, false
	}
	if lead.b == 0xED {
		if s, ok := cesu(cells, i); ok {
			return s, true
		}
	}
	bs := []byte{lead.b}
	s := seq{first: i, nbytes: n}
	for k := 1; k < n; k++ {
		j := i + k
		if j >= len(cells) {
			return seq{}, false
		}
		cl := cells[j]
		switch {
		case cl.enc && cl.r >= utf8.RuneSelf && cl.b >= 0x80 && cl.b <= 0xBF:
			bs = append(bs, cl.b)
			s.cont = append(s.cont, cl.r)
		case (cl.r == utf8.RuneError || cl.r == '?' && k >= 2) && k == n-1:
			// A byte lost on the way (decoded as � or written as ?):
			// the character cannot be recovered.
			s.lossy = true
			s.last = j + 1
			s.text = string(utf8.RuneError)
			return s, true
		case lead.r == c.aGrave && n == 2 && cl.r == ' ':
			return aGraveSpace(cells, i, c)
		case cl.r == ' ':
			// A no-break space (byte A0) that became a plain one.
			bs = append(bs, 0xA0)
			s.cont = append(s.cont, '\u00A0')
			s.spaceA0 = true
		default:
			return seq{}, false
		}
	}
	r, size := utf8.DecodeRune(bs)
	if size != n || r == utf8.RuneError && !(n == 3 && bs[0] == 0xEF && bs[1] == 0xBF && bs[2] == 0xBD) {
		return seq{}, false // invalid (a genuine U+FFFD, EF BF BD, is valid)
	}
	s.last = i + n
	s.text = string(r)
	return s, true
}

// aGraveSpace reads "Ã " as "à " when a lower-case word follows: the
// no-break space of "à" (C3 A0) became a plain space. Before "s " and
// "quele", "quela", "quilo" it is the Portuguese "às", "àquele"…, whose
// space was the no-break one.
func aGraveSpace(cells []cell, i int, c *codec) (seq, bool) {
	j := i + 2
	if j+1 < len(cells) && cells[j].r == ' ' && unicode.IsLower(cells[j+1].r) {
		// "voilÃ  le": the first space was the no-break space of "à".
		return seq{first: i, last: i + 2, text: "à", nbytes: 2, aSpace: true, cont: []rune{' '}}, true
	}
	if j >= len(cells) || !unicode.IsLetter(cells[j].r) {
		return seq{}, false
	}
	if !unicode.IsLower(cells[j].r) {
		// "Ã Paris" is "à Paris" in a line with other mojibake, but
		// "C O N C L U S Ã O" alone is not sure.
		return seq{first: i, last: i + 2, text: "à ", nbytes: 2, cont: []rune{' '}}, true
	}
	var rest strings.Builder
	for k := j; k < len(cells) && k < j+6; k++ {
		rest.WriteRune(cells[k].r)
	}
	text := "à "
	if r := rest.String(); strings.HasPrefix(r, "s ") || r == "s" || strings.HasPrefix(r, "quel") || strings.HasPrefix(r, "quilo") {
		text = "à"
	}
	return seq{first: i, last: i + 2, text: text, nbytes: 2, aSpace: true, cont: []rune{' '}}, true
}

// cesu reads a UTF-16 surrogate pair written as two 3-byte sequences
// (CESU-8, as Java and old MySQL write emoji).
func cesu(cells []cell, i int) (seq, bool) {
	if i+6 > len(cells) {
		return seq{}, false
	}
	var bs [6]byte
	for k := range 6 {
		cl := cells[i+k]
		if !cl.enc || cl.r < utf8.RuneSelf && k != 3 {
			return seq{}, false
		}
		bs[k] = cl.b
	}
	if bs[0] != 0xED || bs[1] < 0xA0 || bs[1] > 0xAF || bs[3] != 0xED || bs[4] < 0xB0 || bs[4] > 0xBF ||
		bs[2]&0xC0 != 0x80 || bs[5]&0xC0 != 0x80 {
		return seq{}, false
	}
	hi := rune(bs[0]&0x0F)<<12 | rune(bs[1]&0x3F)<<6 | rune(bs[2]&0x3F)
	lo := rune(bs[3]&0x0F)<<12 | rune(bs[4]&0x3F)<<6 | rune(bs[5]&0x3F)
	r := (hi-0xD800)<<10 + (lo - 0xDC00) + 0x10000
	return seq{first: i, last: i + 6, text: string(r), nbytes: 6}, true
}

// plausible reports whether what a sequence decodes to could be meant: a
// printable character of a script that fits where it stands. prev and
// next are its neighbours once decoded; lone is false when it touches
// another sequence.
func plausible(s seq, prev, next rune, lone, inCaps bool) bool {
	if s.lossy {
		return true
	}
	rs := []rune(s.text)
	for _, r := range rs {
		if r == ' ' || r == '\u00A0' || r == utf8.RuneError {
			continue
		}
		if !unicode.IsPrint(r) || unlikely(r) {
			return false
		}
	}
	r := rs[0]
	if s.spaceA0 && r != '\u00A0' && !(unicode.IsLetter(r) && (s.nbytes > 2 || unicode.IsLower(next))) {
		return false // "Å veices" is "Šveices"; otherwise the space was a space
	}
	if lone && len(rs) == 1 && unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Greek) && (isASCIIAlnum(prev) || isASCIIAlnum(next)) {
		return false // a lone Hangul or Hebrew letter glued to a Latin word (Greek is common there: IL2Rγc)
	}
	if len(rs) == 1 && unicode.IsLower(r) && inCaps && !unicode.IsLower(prev) && !unicode.IsLower(next) {
		return false // a lower-case letter inside a word in capitals (AHÅ™), not after one (LÃ  → Là)
	}
	if len(s.cont) == 1 && s.cont[0] == '\u00A0' && unicode.IsUpper(r) && !unicode.IsLower(next) {
		return false // SELKÄ EDELLÄ: a capital and a space, not Ġ (but Å veices is Šveices)
	}
	return true
}

// unlikely lists blocks that mojibake decodes to by accident far more
// often than text uses them: IPA, spacing modifiers, Latin Extended-B, the
// Cyrillic and Arabic extensions, Armenian, Hebrew points, the long s.
func unlikely(r rune) bool {
	switch {
	case r == 0x017F:
		return true
	case r >= 0x0180 && r <= 0x024F:
		return !(r >= 0x0218 && r <= 0x021B || r == 0x01A0 || r == 0x01A1 || r == 0x01AF || r == 0x01B0)
	case r >= 0x0250 && r <= 0x02AF:
		return true
	case r >= 0x02B0 && r <= 0x02FF:
		return !strings.ContainsRune("ˆˇ˘˙˚˛˜˝", r)
	case r >= 0x0460 && r <= 0x052F:
		return r != 0x0490 && r != 0x0491
	case r >= 0x0530 && r <= 0x05CF:
		return true
	case r >= 0x0600 && r <= 0x061F:
		return r != 0x060C && r != 0x061B && r != 0x061F
	case r >= 0x0700 && r <= 0x08FF, r >= 0x1780 && r <= 0x1AFF, r >= 0x1D00 && r <= 0x1DBF:
		return true
	}
	return false
}

// quoteLike are characters of byte 0x80–0xBF that often follow a capital
// in legitimate text (ZZAJÉ’s, SÓ…, NESTLÉ®): as the only continuation of
// a sequence, they do not make it sure.
const quoteLike = "’‘“”…™–—•®\u00A0"

// isStrong reports whether a sequence is mojibake beyond doubt: three
// bytes or more, "à " before a word, or a letter whose case agrees with
// its neighbours.
func isStrong(s seq, prev, next rune, lone bool) bool {
	if s.lossy {
		return unicode.IsLetter(prev) && unicode.IsLetter(next) // Sloven�ina
	}
	r := []rune(s.text)[0]
	if s.nbytes >= 3 && lone && (r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7AF || r >= 0xF900 && r <= 0xFAFF) {
		return false // one CJK, kana or Hangul character among Latin debris: a garble
	}
	if s.nbytes >= 3 || s.aSpace {
		return true
	}
	switch {
	case unicode.Is(unicode.Mn, r):
		return prev != 0 && !unicode.IsSpace(prev) // a combining mark on a character: $̶6̶
	case (r == 'à' || r == 'À') && (next == 0 || unicode.IsSpace(next) || unicode.IsPunct(next)):
		return true // the French preposition or "là": "Ã€ la fin", "LÃ , il", "goutte-Ã -goutte"
	case r >= 0xA1 && r <= 0xBF && !s.spaceA0:
		return true // Â£, Â°, Â©: a Latin-1 sign behind a Â
	case r == '\u00A0' && !s.spaceA0 && (strings.ContainsRune(":;!?»%", next) || prev == '«'):
		return true // "porteÂ :": the no-break space of French typography
	case !unicode.IsLetter(r):
		return false
	case unicode.IsLower(r):
		return unicode.IsLower(prev) || unicode.IsLower(next)
	case unicode.IsUpper(prev) || unicode.IsUpper(next):
		return true
	}
	quoted := len(s.cont) == 1 && strings.ContainsRune(quoteLike, s.cont[0])
	return unicode.IsLower(next) && !unicode.IsLetter(prev) && !quoted // İstanbul, not Ã’s
}

func isASCIIUpper(r rune) bool { return 'A' <= r && r <= 'Z' }

func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9F }

// loneC1 repairs the C1 control characters that no repair covers: text
// decoded as Latin-1 where Windows-1252 was meant (\x93 for “).
func loneC1(line string, reps []Repair) []Repair {
	slices.SortFunc(reps, func(a, b Repair) int { return a.Start - b.Start })
	var out []Repair
	k := 0
	for i, r := range line {
		if !isC1(r) {
			continue
		}
		for k < len(reps) && reps[k].End <= i {
			k++
		}
		if k < len(reps) && reps[k].Start <= i {
			continue // inside a repair
		}
		if d := windows1252Char(byte(r)); d != 0 {
			out = append(out, Repair{Start: i, End: i + utf8.RuneLen(r), Text: string(d), Codec: "Latin-1"})
		}
	}
	return out
}

// windows1252Char returns the character of byte b in Windows-1252, or 0
// when the code page leaves it undefined.
func windows1252Char(b byte) rune {
	r := windows1252.chars[b]
	if isC1(r) {
		return 0
	}
	return r
}
