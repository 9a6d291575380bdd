package understand

import "testing"

// A person's nationality from outside the EU says they come from abroad; the same word said of a trade does not.
func TestNamesAbroadNationality(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"I want to bring my Indian chef to work in my restaurant", true},
		{"mijn Braziliaanse kok wil hier komen werken", true},
		{"a Turkish software engineer wants to join my company", true},
		{"een Syrische vluchteling wil bij ons werken", true},
		{"I'm American and want to start a business here", true},
		{"ik ben Amerikaans en wil hier een bedrijf beginnen", true},
		{"my wife is Syrian, can she work in my shop?", true},
		{"we willen twee Brazilianen aannemen", true},
		{"I want to open an Indian restaurant", false},
		{"ik wil een Chinees restaurant beginnen", false},
		{"we sell Chinese food to our staff", false},
		{"our Indian restaurant staff needs training", false},
		{"I'm a German engineer and want to start a business", false},
		{"mijn Poolse werknemer wil een cursus volgen", false},
		{"ik verkoop Turkse producten aan klanten", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NamesAbroad(tt.in); got != tt.want {
				t.Errorf("NamesAbroad(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
