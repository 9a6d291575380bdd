package understand

import (
	"strings"
	"testing"
)

func TestWithoutOrigin(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"moved from a country", "I moved from Spain to Rotterdam and want to open a bakery", "I moved to Rotterdam and want to open a bakery"},
		{"a trade from a country", "I'm an IT consultant from India and I have a BV", "I'm an IT consultant and I have a BV"},
		{"after a bracket", "I'm a developer (zzp) from Portugal living in Utrecht", "I'm a developer (zzp) living in Utrecht"},
		{"from the country, clause end kept", "I'm from the US, how do I register?", "I'm, how do I register?"},
		{"fled", "I fled Ukraine in 2022 and want to start", "I in 2022 and want to start"},
		{"expat of oneself", "I'm a British expat and a photographer", "I'm a British and a photographer"},
		{"Dutch origin", "Ik kom uit Polen en wil een bedrijf starten", "Ik kom en wil een bedrijf starten"},
		{"import stays", "We import coffee from Brazil", "We import coffee from Brazil"},
		{"hiring stays", "I want to hire engineers from India", "I want to hire engineers from India"},
		{"customers without first person stay", "Customers from Germany order online", "Customers from Germany order online"},
		{"Dutch import stays", "Wij importeren koffie uit Brazilië", "Wij importeren koffie uit Brazilië"},
		{"new clause resets the subject", "I sell online. Exports from Germany are hard", "I sell online. Exports from Germany are hard"},
		{"expats as staff stay", "We hire expats", "We hire expats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutOrigin(tt.in); got != tt.want {
				t.Errorf("withoutOrigin(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWithoutCorrectionCues(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"cue with its interjection", "nee wacht ik zit in overijssel", "ik zit in overijssel"},
		{"interjection already gone", "wacht ik zit in overijssel", "ik zit in overijssel"},
		{"English", "no wait I meant Utrecht", "utrecht"},
		{"no cue", "ik wacht op de bank", "ik wacht op de bank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WithoutCorrectionCues(tt.in); got != tt.want {
				t.Errorf("WithoutCorrectionCues(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNamesEUNational(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"een duitse oprichter", true},
		{"polish workers", true},
		{"ik kom uit belgie", true},
		{"mijn braziliaanse kok", false},
		{"ik spreek nederlands", false},
	} {
		if got := NamesEUNational(strings.Fields(tc.text)); got != tc.want {
			t.Errorf("NamesEUNational(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
