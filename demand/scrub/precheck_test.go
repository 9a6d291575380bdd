package scrub

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// fullText is Text without the pre-checks: every pass runs. Text must give the same result on every input.
func fullText(s string) string {
	return untilStable(plainSpaces(s), func(s string) string { return names(fullPasses(s)) })
}

// fullPasses runs every pass, without its pre-check.
func fullPasses(s string) string {
	for _, p := range passes {
		s = p.run(s)
	}
	return s
}

// reWord is the regular expression tokenize writes out.
var reWord = regexp.MustCompile(`['’][ts]\b|[\p{L}][\p{L}\p{M}'’\-]*`)

// refCueAt is cueAt as it was written before the cues were indexed by their first word.
func refCueAt(s string, toks []token, i int) (int, bool) {
	all := map[string]bool{}
	for _, cs := range cues {
		for _, c := range cs {
			all[strings.Join(c.words, " ")] = c.strong
		}
	}
	for n := min(maxCueWords, len(toks)-i); n >= 1; n-- {
		parts := make([]string, n)
		ok := true
		for k := range n {
			parts[k] = toks[i+k].lower
			if k > 0 && !joinedLoose(s, toks[i+k-1], toks[i+k]) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if strong, found := all[strings.Join(parts, " ")]; found {
			return n, strong
		}
	}
	return 0, false
}

// checkSame fails when the fast paths (pre-checks, the written-out tokenizer, the indexed cues) differ from the
// full ones on in.
func checkSame(t *testing.T, in string) {
	t.Helper()
	if got, want := Text(in), fullText(in); got != want {
		t.Fatalf("Text(%q) = %q, without pre-checks %q", in, got, want)
	}
	sc := New([]string{"Kamer van Koophandel", "Rotterdam", "Energie-investeringsaftrek"})
	if got, want := sc.Text(in), untilStable(plainSpaces(in), func(x string) string { return sc.names(fullPasses(x), true) }); got != want {
		t.Fatalf("Scrubber.Text(%q) = %q, without pre-checks %q", in, got, want)
	}
	toks := tokenize(in)
	locs := reWord.FindAllStringIndex(in, -1)
	if len(toks) != len(locs) {
		t.Fatalf("tokenize(%q): %d tokens, the regular expression %d", in, len(toks), len(locs))
	}
	for i, l := range locs {
		if toks[i].start != l[0] || toks[i].end != l[1] {
			t.Fatalf("tokenize(%q): token %d at %d-%d, the regular expression %v", in, i, toks[i].start, toks[i].end, l)
		}
		n, strong := cueAt(in, toks, i)
		if rn, rstrong := refCueAt(in, toks, i); n != rn || strong != rstrong {
			t.Fatalf("cueAt(%q, %d) = %d %v, want %d %v", in, i, n, strong, rn, rstrong)
		}
	}
}

// evalQuestions are the questions of the evaluation sets: real messages as entrepreneurs write them.
func evalQuestions(tb testing.TB) []string {
	var out []string
	for _, path := range []string{"../../eval/public.yaml", "../../eval/questions.yaml"} {
		f, err := os.Open(path)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if q, ok := strings.CutPrefix(line, "- q: "); ok {
				if u, err := strconv.Unquote(q); err == nil {
					q = u
				}
				out = append(out, q)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			tb.Fatal(err)
		}
	}
	if len(out) < 100 {
		tb.Fatalf("read %d questions from the evaluation sets, want hundreds", len(out))
	}
	return out
}

// withPII are messages that hold personal data of every kind the passes recognise, and look-alikes.
var withPII = []string{
	"bel me op 06-12345678 of mail jan.jansen@bakkerij-jansen.nl, groet, Pieter de Vries",
	"jan [at] bedrijf punt nl", "mail jan(at)bedrijf.nl", "I'm looking at jan at bedrijf dot com",
	"<mailto:jan@x.nl|jan@x.nl> <tel:+31612345678|06 1234 5678> <@U024BE7LH> <!subteam^S123|@team>",
	"maak over naar NL91ABNA0417164300 svp, btw NL123456789B01, KvK-nummer: 12345678",
	"BSN: 123456789 en 111222333, postcode 1234 AB 12, Hoofdstraat 12a, 221 Baker Street",
	"kijk op WWW.Voorbeeld.nl/profiel?id=3 of https://linkedin.com/in/jan en @jan_de_vries",
	"mijn naam is kees bakker, ik heet Anna, de heer Van der Linden, mvg J.P. Bakker",
	"zo'n 't huis 's nachts 'ts' ’t", "", "\xff\xfe 06\xff12345678", "ſtraat 12 and K 1234 ab",
}

func TestPrechecksChangeNothing(t *testing.T) {
	ins := append(evalQuestions(t), withPII...)
	for _, in := range ins {
		checkSame(t, in)
	}
}

func FuzzPrechecksChangeNothing(f *testing.F) {
	for _, in := range withPII {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) { checkSame(t, in) })
}

// BenchmarkText scrubs the evaluation sets' questions (most without personal data, as in real use) and a few
// messages full of it, in turn.
func BenchmarkText(b *testing.B) {
	ins := append(evalQuestions(b), withPII...)
	for i := 0; b.Loop(); i++ {
		Text(ins[i%len(ins)])
	}
}

// BenchmarkTextFull is BenchmarkText without the pre-checks: what every message cost before them.
func BenchmarkTextFull(b *testing.B) {
	ins := append(evalQuestions(b), withPII...)
	for i := 0; b.Loop(); i++ {
		fullText(ins[i%len(ins)])
	}
}
