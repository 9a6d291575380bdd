package understand

import "testing"

func TestNamesBenefit(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"ik zit in de bijstand en wil een bedrijf beginnen", true},
		{"ik heb een uitkering en wil starten", true},
		{"ik heb een WW-uitkering", true},
		{"I'm on welfare and want to start a business", true},
		{"I lost my job and want to freelance", true},
		{"ik ben werkloos", true},
		{"ik wil een dierenwinkel beginnen", false},
		{"I want to open a tattoo shop", false},
		{"ik wil voor mezelf beginnen", false},
	}
	for _, tt := range tests {
		if got := NamesBenefit(tt.text); got != tt.want {
			t.Errorf("NamesBenefit(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestNamesMoneyTrouble(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"tijdelijk geen inkomen uit mijn bedrijf, kan de gemeente helpen?", true},
		{"mijn zaak loopt slecht, ik kan mijn rekeningen niet betalen", true},
		{"mijn bedrijf heeft schulden", true},
		{"I can't pay my suppliers", true},
		{"de huur van het pand is deze maand niet te betalen", true},
		{"hoe houden we het hoofd boven water nu de omzet wegvalt", true},
		{"we are trying to stay afloat this winter", true},
		{"ik wil een dierenwinkel beginnen", false},
		{"I want to open a tattoo shop", false},
	}
	for _, tt := range tests {
		if got := NamesMoneyTrouble(tt.text); got != tt.want {
			t.Errorf("NamesMoneyTrouble(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
