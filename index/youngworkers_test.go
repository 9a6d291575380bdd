package index

import (
	"context"
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// A pupil or a holiday worker is a young employee: the question is about the (youth) minimum wage and working
// hours first, not about hiring a freelancer or the job agreement for people with a disability.
func TestYoungWorkersAreStaff(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{
		"we zoeken vakantiekrachten voor de camping, waar let ik op",
		"ik wil deze zomer een paar scholieren inhuren voor de aardbeienpluk",
		"can I hire a school pupil for a summer job in my shop",
	} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(res)
		top := got[:min(3, len(got))]
		if len(got) == 0 || got[0] != "minimumloon" && got[0] != "arbeidstijdenwet" {
			t.Errorf("%q: got %v, want minimumloon or arbeidstijdenwet first", q, got)
		}
		if slices.Contains(top, "banenafspraak") {
			t.Errorf("%q: got %v, want no banenafspraak in the top 3", q, got)
		}
	}
}

// "open a business account" is the question the business bank account answers, said without "bank".
func TestBusinessAccountIsTheBankAccount(t *testing.T) {
	ix := mustIndex(t)
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: "how can I open a business account for my webshop"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(res.Answers, "zakelijke-rekening") {
		t.Errorf("answers %v, want zakelijke-rekening", res.Answers)
	}
}
