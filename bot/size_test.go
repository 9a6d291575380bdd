package bot

import "testing"

func TestSizeOf(t *testing.T) {
	tests := map[string]string{
		"ik ben zzp'er en zoek een lening":       "zzp",
		"eenmanszaak zonder personeel":           "zzp",
		"we hebben 12 medewerkers":               "klein",
		"bakkerij met 3 werknemers":              "micro",
		"400 medewerkers, lening van 20 miljoen": "groot",
		"55":                                     "middelgroot",
		"subsidie zonnepanelen":                  "",
		"0 medewerkers":                          "",
	}
	for in, want := range tests {
		if got := sizeOf(in); got != want {
			t.Errorf("sizeOf(%q) = %q, want %q", in, got, want)
		}
	}
}
