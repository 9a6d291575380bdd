package content

import (
	"cmp"
	"slices"
	"time"
)

// Due is an offer or curated answer whose facts are due for a check.
type Due struct {
	File        string `json:"file"`         // offers/<id>.yaml or answers/<id>.yaml
	ID          string `json:"id"`           //
	Title       string `json:"title"`        // the offer's title or the answer's question
	LastChecked string `json:"last_checked"` // YYYY-MM-DD
	Days        int    `json:"days"`         // days since the last check
}

// Stale returns the offers and answers last checked more than maxAge before now, oldest first (ties by file).
func (c *Catalogue) Stale(now time.Time, maxAge time.Duration) []Due {
	var due []Due
	add := func(file, id, title, checked string) {
		t, err := time.Parse(time.DateOnly, checked)
		if err != nil {
			return // content check reports a missing or malformed date
		}
		if age := now.Sub(t); age > maxAge {
			due = append(due, Due{File: file, ID: id, Title: title, LastChecked: checked, Days: int(age.Hours() / 24)})
		}
	}
	for _, o := range c.Offers {
		add("offers/"+o.ID+".yaml", o.ID, o.Title, o.LastChecked)
	}
	for _, a := range c.Answers {
		add("answers/"+a.ID+".yaml", a.ID, a.Question, a.LastChecked)
	}
	slices.SortFunc(due, func(a, b Due) int {
		return cmp.Or(cmp.Compare(a.LastChecked, b.LastChecked), cmp.Compare(a.File, b.File))
	})
	return due
}
