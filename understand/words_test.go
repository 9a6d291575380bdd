package understand

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestWordLists: each shared list reads its words in both languages, and not the words of a neighbouring list.
func TestWordLists(t *testing.T) {
	tests := []struct {
		name     string
		is       func(string) bool
		yes, not []string
	}{
		{"possessive", IsPossessive, []string{"mijn", "mn", "ons", "our"}, []string{"je", "their"}},
		{"take over", IsTakeOverVerb, []string{"overnemen", "overgenomen"}, []string{"overdragen", "takeover"}},
		{"change of hands", IsChangeOfHands, []string{"overnemen", "opvolger", "overdracht", "succession"}, []string{"verkopen"}},
		{"staff", IsStaffWord, []string{"personeel", "medewerkers", "employees", "workers"}, []string{"zzp"}},
		{"shortage", IsShortageWord, []string{"tekort", "gebrek", "shortage"}, []string{"geld", "vinden"}},
		{"find", IsFindVerb, []string{"vinden", "krijg", "find", "hire"}, []string{"tekort", "zoeken"}},
		{"build", IsBuildVerb, []string{"bouwen", "gebouwd", "building", "built"}, []string{"verbouwen", "building permit"}},
		{"software", IsSoftwareWord, []string{"app", "software", "ai", "platform"}, []string{"loods", "pand", "premises"}},
		{"self-employed", IsSelfEmployed, []string{"zzp", "zzper", "zelfstandige", "freelancer"}, []string{"personeel", "bv"}},
		{"number", IsNumberWord, []string{"drie", "twintig", "three", "thousand"}, []string{"een", "one"}},
		{"money", IsMoneyWord, []string{"lening", "krediet", "loan", "funding"}, []string{"steun", "kosten"}},
		{"support", IsSupportWord, []string{"steun", "lening", "support"}, []string{"advies"}},
		{"grant", IsGrantWord, []string{"subsidie", "grant"}, []string{"lening", "loan"}},
		{"interest", IsInterestWord, []string{"rente", "interest"}, []string{"kosten"}},
		{"cost", IsCostWord, []string{"kost", "tarief", "fee", "rente", "gratis", "betalen", "free"}, []string{"subsidie", "lening"}},
		{"free", IsFreeWord, []string{"gratis", "kosteloos", "free"}, []string{"kost", "fee", "rente"}},
		{"problem", NamesProblem, []string{"belastingschuld", "daalt", "failliet", "declining", "shortage"}, []string{"subsidie", "groeien", "grow"}},
		{"follow-up filler", IsFollowUpFiller, []string{"aanvragen", "voorwaarden", "apply", "deadline"}, []string{"zonnepanelen", "wbso"}},
		{"help", IsHelpWord, []string{"helpen", "helpt", "help", "assist"}, []string{"hulp", "advies"}},
		{"organisation form", IsOrganisationForm, []string{"stichting", "vereniging", "foundation", "charity"}, []string{"bv", "kvk"}},
		{"object preposition", IsObjectPreposition, []string{"uit", "via", "from", "of"}, []string{"met", "voor", "with", "for"}},
		{"company noun", IsCompanyNoun, []string{"bedrijf", "onderneming", "firma", "company", "business"}, []string{"zaak", "shop", "winkel", "startup"}},
		{"business kind", IsBusinessKind, []string{"startup", "mkb-bedrijf", "sme", "firma", "company"}, []string{"bedrijf", "business", "zaak"}},
		{"business context", IsBusinessContext, []string{"vacature", "funding", "bedrijfspand", "zakelijke", "transportbedrijf", "winkelpand", "export"}, []string{"winkel", "kantoor", "huis", "vakantie"}},
		{"seller", IsSellerWord, []string{"verkoper", "seller", "retailer"}, []string{"koper", "buyer"}},
		{"private life", IsPrivateLife, []string{"huurwoning", "kinderalimentatie", "nalatenschap", "bekeuring", "opzegtermijn", "vlucht", "eigen_risico", "speeding_ticket", "airline", "ov-chipkaart"}, []string{"klant", "subsidie", "incassobureau", "specialist", "bijstand", "energieleverancier", "eigen"}},
		{"supplier compound", IsSupplierCompound, []string{"energieleverancier", "internetprovider", "zorgverzekeraar", "luchtvaartmaatschappij"}, []string{"leverancier", "provider", "bakkerij"}},
		{"consumer group", IsConsumerGroup, []string{"particulieren", "consumers"}, []string{"klant", "bedrijven"}},
		{"article", IsArticle, []string{"een", "de", "die", "the", "this"}, []string{"mijn", "my", "eigen"}},
		{"clause bound", IsClauseBound, []string{"en", "maar", "and", "or"}, []string{"met", "with"}},
		{"clause word", IsClauseWord, []string{"we", "will", "want", "to"}, []string{"ik", "leave"}},
		{"staff want", IsStaffWant, []string{"zoek", "nodig", "hiring", "need"}, []string{"want", "met", "monteurs"}},
		{"staff have", IsStaffHave, []string{"met", "heb", "with", "employ"}, []string{"zoek", "nodig", "want"}},
		{"seek verb", IsSeekVerb, []string{"zoek", "gezocht", "looking"}, []string{"vind", "find"}},
		{"short negation", IsShortNegation, []string{"geen", "niemand", "can't", "unable"}, []string{"weinig", "few"}},
		{"short grade", IsShortGrade, []string{"groot", "enorme", "huge"}, []string{"klein", "small"}},
		{"electric", IsElectricWord, []string{"elektrische", "electric", "e"}, []string{"elektriciteit", "electricity"}},
		{"notice form", IsNoticeForm, []string{"merk", "gemerkt"}, []string{"merknaam", "brand"}},
		{"bare stem subject", IsBareStemSubject, []string{"ik"}, []string{"we", "jij"}},
		{"business cue", IsBusinessCue, []string{"klanten", "omzet", "founder", "vat"}, []string{"huurder", "tenant"}},
		{"staff member", IsStaffMember, []string{"medewerker", "stagiair", "employee"}, []string{"personeel", "staff"}},
		{"business place", IsBusinessPlace, []string{"winkel", "webshop", "company", "store"}, []string{"huis", "home"}},
		{"own verb", IsOwnVerb, []string{"heb", "zijn", "run", "m", "re"}, []string{"wil", "want"}},
		{"legal form term", IsLegalFormTerm, []string{"bv", "vof", "maatschap"}, []string{"eenmanszaak", "zzp"}},
		{"one person", IsOnePersonWord, []string{"zzp", "zzp'er", "eenmanszaak", "freelance", "self-employed"}, []string{"zzpers", "zelfstandigen", "personeel"}},
		{"english noun", IsEnglishNoun, []string{"van"}, []string{"or", "de"}},
		{"dutch noun", IsDutchNoun, []string{"or"}, []string{"van", "and"}},
		{"company size", IsCompanySize, []string{"kleinbedrijf", "mkbbedrijf", "solo"}, []string{"bedrijf", "klein"}},
		{"headcount word", IsHeadcountWord, []string{"man", "fte"}, []string{"mensen", "personeel"}},
		{"advice", IsAdviceWord, []string{"aanraden", "recommend"}, []string{"advies"}},
		{"question word", IsQuestionWord, []string{"wat", "welke", "kan", "how", "does"}, []string{"wil", "want", "daarvoor"}},
		{"question filler", IsQuestionFiller, []string{"daarvoor", "mogelijkheden", "aanpakken", "there", "options", "obtain"}, []string{"wat", "subsidie"}},
		{"wish", IsWishWord, []string{"wil", "overweeg", "misschien", "failliet", "need", "looking", "bankrupt"}, []string{"ben", "am", "zzp"}},
		{"place verb", IsPlaceVerb, []string{"zit", "gevestigd", "grens", "vlakbij", "based", "near"}, []string{"trouwens", "bedrijf", "company"}},
		{"asker filler", IsAskerFiller, []string{"zitten", "trouwens", "vennootschap", "personeel", "based", "company", "anyway"}, []string{"grens", "near", "subsidie"}},
		{"for whom filler", IsForWhomFiller, []string{"voor", "niet", "mezelf", "for", "myself", "own"}, []string{"personeel", "staff", "klanten"}},
		{"parting greeting", IsPartingGreeting, []string{"dag"}, []string{"hoi", "hallo", "doei", "hi"}},
		{"definite article", IsDefiniteArticle, []string{"de", "het", "die", "the"}, []string{"een", "mijn", "a", "my"}},
		{"why", IsWhyWord, []string{"waarom", "why"}, []string{"wat", "hoe", "what"}},
		{"determiner", IsDeterminer, []string{"de", "mijn", "m'n", "mn", "eigen", "the", "own"}, []string{"in", "via", "with"}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.is(w) {
				t.Errorf("%s: %q not read as one", tt.name, w)
			}
		}
		for _, w := range tt.not {
			if tt.is(w) {
				t.Errorf("%s: %q read as one", tt.name, w)
			}
		}
	}
}

// TestSizeAlone: a word that is the whole message gives a size class in either language; other words give none.
func TestSizeAlone(t *testing.T) {
	tests := []struct{ word, want string }{
		{"klein", "klein"}, {"small", "klein"}, {"middelgroot", "middelgroot"}, {"medium", "middelgroot"},
		{"groot", "groot"}, {"large", "groot"}, {"micro", "micro"},
		{"kleine", ""}, {"zzp", ""}, {"big", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := SizeAlone(tt.word); got != tt.want {
			t.Errorf("SizeAlone(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestIntroducesName: a clause that opens with the asker's name says who asks; the same words later in a clause,
// or a name that is not the asker's, do not.
func TestIntroducesName(t *testing.T) {
	tests := []struct {
		name, clause string
		want         bool
	}{
		{"dutch name", "mijn naam is jan de vries", true},
		{"dutch heet", "ik heet anna", true},
		{"english name", "my name is tom", true},
		{"english contraction", "my name's sara", true},
		{"name later in the clause", "wat is mijn naam is de vraag", false},
		{"trade name", "mijn bedrijfsnaam is bakkerij de bolle", false},
		{"self description", "ik ben zzp'er", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IntroducesName(tt.clause); got != tt.want {
				t.Errorf("IntroducesName(%q) = %v, want %v", tt.clause, got, tt.want)
			}
		})
	}
}

func TestOnlyBroadAim(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"ik wil groeien", true},
		{"Help, we willen uitbreiden!", true},
		{"ik wil mijn bedrijf laten groeien", true},
		{"I want to grow my business", true},
		{"we want to scale", true},
		{"we willen uitbreiden met een nieuwe hal", false},
		{"wij zoeken durfkapitaal om te groeien", false},
		{"ik wil groeien in Duitsland", false},
		{"help met mijn bedrijf", false},
		{"ik wil een tweede zaak openen", true},
		{"we willen een extra vestiging in Utrecht", false},
		{"we want to open a second location", true},
		{"ik wil een winkel openen", false},
		{"ik wil een tweede bus kopen", false},
	} {
		if got := OnlyBroadAim(tt.text); got != tt.want {
			t.Errorf("OnlyBroadAim(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSizeAdjectiveAndBusinessNoun(t *testing.T) {
	for _, w := range []string{"kleine", "small", "grote"} {
		if !IsSizeAdjective(w) {
			t.Errorf("IsSizeAdjective(%q) = false", w)
		}
	}
	for _, w := range []string{"bedrijf", "zaak", "company", "vestiging"} {
		if !IsBusinessNoun(w) {
			t.Errorf("IsBusinessNoun(%q) = false", w)
		}
	}
	if IsSizeAdjective("verbouwing") || IsBusinessNoun("verbouwing") {
		t.Error("verbouwing is neither")
	}
}

// TestSellsGoods: the asker who says they sell shows a business's activity; selling their own thing does not.
func TestSellsGoods(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"ik ben student en verkoop kleding op vinted", true},
		{"i am a student and sell clothes on vinted", true},
		{"i am a student selling clothes on vinted", true},
		{"we verkopen taarten aan huis", true},
		{"sinds kort verkoop ik sieraden", true},
		{"ik wil mijn auto verkopen", false},
		{"i want to sell my house", false},
		{"mijn buurman verkoopt kleding", false},
		{"kan ik kleding verkopen zonder kvk", true},
		{"we verkopen ons huis en gaan scheiden", false},
		{"ik verkoop onze kinderwagen op marktplaats", false},
		{"ik verkoop mn oude fiets", false},
		{"i am selling our family car", false},
		{"verkoop ik mijn huis beter nu of volgend jaar", false},
		{"verkoop ik sieraden beter op etsy of vinted", true},
	} {
		if got := SellsGoods(strings.Fields(tt.text)); got != tt.want {
			t.Errorf("SellsGoods(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestWordsReadsASCIIAsTheRunes: words reads ASCII text byte by byte; what it gives is what the split on runes gives
// (letters, digits, ' - +), for text of every sort.
func TestWordsReadsASCIIAsTheRunes(t *testing.T) {
	byRunes := func(text string) []string {
		return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' && r != '+'
		})
	}
	for _, text := range []string{
		"", "  ", "Hoe vraag ik subsidie AAN?", "zzp'er, e-bike + co2: 3.000 euro!", "I'm planning to open a shop",
		"'s-Hertogenbosch", "--", "a\tb\nc", "café in Zürich", "Kelvin \u212a", "x+y=z [NAAM] (BV)",
	} {
		if got, want := words(text), byRunes(text); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, want %q", text, got, want)
		}
	}
}
