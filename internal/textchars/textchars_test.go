package textchars

import "testing"

func TestClasses(t *testing.T) {
	for _, c := range []struct {
		name               string
		r                  rune
		invisible, lineSep bool
		blank              bool // Blank(string(r))
	}{
		{"letter", 'a', false, false, false},
		{"digit", '6', false, false, false},
		{"space", ' ', false, false, true},
		{"NUL", '\x00', false, false, true},
		{"bell", '\a', false, false, true},
		{"escape", '\x1b', false, false, true},
		{"tab", '\t', false, false, true},
		{"vertical tab", '\v', false, false, true},
		{"form feed", '\f', false, false, true},
		{"CR", '\r', false, false, true},
		{"LF", '\n', false, false, true},
		{"NEL", '\u0085', false, false, true},
		{"NBSP", '\u00a0', false, false, true},
		{"narrow NBSP", '\u202f', false, false, true},
		{"line separator", '\u2028', false, true, true},
		{"paragraph separator", '\u2029', false, true, true},
		{"zero-width space", '\u200b', true, false, true},
		{"zero-width non-joiner", '\u200c', true, false, true},
		{"zero-width joiner", '\u200d', true, false, true},
		{"word joiner", '\u2060', true, false, true},
		{"soft hyphen", '\u00ad', true, false, true},
		{"BOM", '\ufeff', true, false, true},
		{"left-to-right mark", '\u200e', true, false, true},
		{"right-to-left mark", '\u200f', true, false, true},
		{"right-to-left override", '\u202e', true, false, true},
		{"en dash", '\u2013', false, false, false},
		{"e acute", 'é', false, false, false},
	} {
		if got := Invisible(c.r); got != c.invisible {
			t.Errorf("%s: Invisible(%U) = %v, want %v", c.name, c.r, got, c.invisible)
		}
		if got := LineSeparator(c.r); got != c.lineSep {
			t.Errorf("%s: LineSeparator(%U) = %v, want %v", c.name, c.r, got, c.lineSep)
		}
		if got := Blank(string(c.r)); got != c.blank {
			t.Errorf("%s: Blank(%q) = %v, want %v", c.name, string(c.r), got, c.blank)
		}
	}
}

func TestBlank(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"", true},
		{" \t\r\n", true},
		{"\ufeff\u200b\u200e\u00a0\r\n\u2028", true},
		{"\u200bsubsidie\u200b", false},
		{"\x00?", false},
	} {
		if got := Blank(c.in); got != c.want {
			t.Errorf("Blank(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
