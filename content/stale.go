package content

import (
	"cmp"
	"slices"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// Due is an offer or curated answer whose facts are due for a check: last checked too long ago, resting on
// sources that are all old or all undated, or with a status that no longer fits. A fresh last_checked alone does
// not make facts fresh: it says someone looked, the sources' dates say how old what they read was.
//
// An ended offer (gesloten) is judged by what it must still say: that it ended and what replaced it. Its facts
// stopped changing when it ended, so its sources age from its end (closed_since), not from today: a 2023 page that
// says a scheme stops at the end of 2023 stays good. It is due when its replacement ended too (the bot would send
// an entrepreneur from one ended scheme to another) and, like any offer, when no source has a date.
type Due struct {
	File        string `json:"file"`         // offers/<id>.yaml or answers/<id>.yaml
	ID          string `json:"id"`           //
	Title       string `json:"title"`        // the offer's title or the answer's question
	LastChecked string `json:"last_checked"` // YYYY-MM-DD
	Days        int    `json:"days"`         // days since the last check
	// Status is the offer's status (open, doorlopend, rondes, gesloten); empty for a curated answer.
	Status wegwijzer.Status `json:"status,omitempty"`
	// Unconfirmed: the offer says no recent source confirms it still runs.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
	// ClosedSince and ReplacedBy are an ended offer's end date and the offer that replaced it, as the file gives them.
	ClosedSince string `json:"closed_since,omitempty"`
	ReplacedBy  string `json:"replaced_by,omitempty"`
	// CheckOverdue: last checked more than StaleOptions.CheckedAge ago.
	CheckOverdue bool `json:"check_overdue"`
	// NewestSource is the date of the newest dated source as the file gives it (YYYY-MM-DD, YYYY-MM or YYYY);
	// empty when no source has a date.
	NewestSource string `json:"newest_source,omitempty"`
	// SourceMonths is the whole months from the newest source to now (a date of only a year or a month counts as
	// its last day); absent when no source has a date.
	SourceMonths *int `json:"source_months,omitempty"`
	// SourceOld: the newest dated source is older than StaleOptions.SourceMonths.
	SourceOld bool `json:"source_old"`
	// NoDatedSource: not one source has a date, so nothing shows how old the facts are.
	NoDatedSource bool `json:"no_dated_source"`
	// ReplacementEnded: an ended offer's replaced_by names an offer that ended too.
	ReplacementEnded bool `json:"replacement_ended,omitempty"`
	// PastValidUntil: the offer is not marked ended but its valid_until has passed: it ended, or its end moved.
	PastValidUntil bool `json:"past_valid_until,omitempty"`

	sourceEnd time.Time // the last day NewestSource can mean; zero when none
}

// StaleOptions say what is due. The zero value lists everything last checked before now and ignores sources.
type StaleOptions struct {
	// CheckedAge: an offer or answer last checked longer ago than this is due.
	CheckedAge time.Duration
	// SourceMonths: one whose newest dated source is more than this many months old, or that has no dated source,
	// is due. Zero leaves sources out.
	SourceMonths int
	// All lists every offer and answer, due or not, with its newest source.
	All bool
}

// StaleCount sums a list of Due by reason; an item can have more than one.
type StaleCount struct {
	CheckOverdue  int `json:"check_overdue"`
	SourceOld     int `json:"source_old"`
	NoDatedSource int `json:"no_dated_source"`
	// Status counts the offers due for their status: an ended one whose replacement ended too, or one past its
	// valid_until that is not marked ended.
	Status int `json:"status"`
	Due    int `json:"due"` // items with at least one reason
}

// Count sums due by reason.
func Count(due []Due) StaleCount {
	var n StaleCount
	for _, d := range due {
		n.CheckOverdue += b2i(d.CheckOverdue)
		n.SourceOld += b2i(d.SourceOld)
		n.NoDatedSource += b2i(d.NoDatedSource)
		n.Status += b2i(d.statusDue())
		n.Due += b2i(d.IsDue())
	}
	return n
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// IsDue reports whether d has a reason to be checked (with StaleOptions.All, the list holds the others too).
func (d Due) IsDue() bool { return d.CheckOverdue || d.SourceOld || d.NoDatedSource || d.statusDue() }

// statusDue reports whether d's status no longer fits: an ended offer sends to an ended replacement, or an offer
// runs past its valid_until without being marked ended.
func (d Due) statusDue() bool { return d.ReplacementEnded || d.PastValidUntil }

// Ended reports whether d is an offer that ended for good.
func (d Due) Ended() bool { return d.Status == wegwijzer.StatusGesloten }

// SourceCutoff is the day before which a newest source counts as old: months before now. Zero months means none.
func SourceCutoff(now time.Time, months int) time.Time {
	if months <= 0 {
		return time.Time{}
	}
	y, m, d := now.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).AddDate(0, -months, 0)
}

// Stale returns the offers and answers due for a check as of now. Order: the ones last checked too long ago first,
// oldest check first (the list this method gave before sources counted); then those with an old newest source,
// oldest source first; then those without a dated source; then those whose status no longer fits; with opts.All,
// the rest by newest source. Ties by file.
func (c *Catalogue) Stale(now time.Time, opts StaleOptions) []Due {
	status := make(map[string]wegwijzer.Status, len(c.Offers))
	for _, o := range c.Offers {
		status[o.ID] = o.Status
	}
	var due []Due
	keep := func(d Due) {
		if opts.All || d.IsDue() {
			due = append(due, d)
		}
	}
	for _, o := range c.Offers {
		d := Due{File: "offers/" + o.ID + ".yaml", ID: o.ID, Title: o.Title, LastChecked: o.LastChecked,
			Status: o.Status, Unconfirmed: o.Unconfirmed, ClosedSince: o.ClosedSince, ReplacedBy: o.ReplacedBy}
		d.judge(now, opts, o.Source, sourcesAgeFrom(now, o))
		if o.Status == wegwijzer.StatusGesloten {
			d.ReplacementEnded = o.ReplacedBy != "" && status[o.ReplacedBy] == wegwijzer.StatusGesloten
		} else if until := periodEnd(o.ValidUntil); !until.IsZero() {
			d.PastValidUntil = until.Before(now)
		}
		keep(d)
	}
	for _, a := range c.Answers {
		d := Due{File: "answers/" + a.ID + ".yaml", ID: a.ID, Title: a.Question, LastChecked: a.LastChecked}
		d.judge(now, opts, a.Source, now)
		keep(d)
	}
	slices.SortFunc(due, func(a, b Due) int {
		if c := cmp.Compare(a.group(), b.group()); c != 0 {
			return c
		}
		if a.CheckOverdue {
			return cmp.Or(cmp.Compare(a.LastChecked, b.LastChecked), cmp.Compare(a.File, b.File))
		}
		return cmp.Or(a.sourceEnd.Compare(b.sourceEnd), cmp.Compare(a.File, b.File))
	})
	return due
}

// judge sets d's check and source reasons: the last check against now, the newest source against the cutoff
// counted back from ageFrom (now, or an ended offer's end). SourceMonths is always the age as of now.
func (d *Due) judge(now time.Time, opts StaleOptions, sources []wegwijzer.Source, ageFrom time.Time) {
	if t, err := time.Parse(time.DateOnly, d.LastChecked); err == nil { // else content check reports the date
		age := now.Sub(t)
		d.Days = int(age.Hours() / 24)
		d.CheckOverdue = age > opts.CheckedAge
	}
	d.NewestSource, d.sourceEnd = newestSource(sources)
	if !d.sourceEnd.IsZero() {
		months := monthsBetween(d.sourceEnd, now)
		d.SourceMonths = &months
	}
	if cutoff := SourceCutoff(ageFrom, opts.SourceMonths); !cutoff.IsZero() {
		d.NoDatedSource = d.sourceEnd.IsZero()
		d.SourceOld = !d.NoDatedSource && d.sourceEnd.Before(cutoff)
	}
}

// sourcesAgeFrom is the day an offer's sources age from: its end (the last day closed_since can mean) when it
// ended for good before now, else now. Without closed_since an ended offer ages from now: nothing says when its
// facts stopped changing.
func sourcesAgeFrom(now time.Time, o *wegwijzer.Offer) time.Time {
	if o.Status != wegwijzer.StatusGesloten {
		return now
	}
	if end := periodEnd(o.ClosedSince); !end.IsZero() && end.Before(now) {
		return end
	}
	return now
}

// group is the part of the list d belongs in: last check overdue, old source, no dated source, status no longer
// fits, the rest.
func (d Due) group() int {
	switch {
	case d.CheckOverdue:
		return 0
	case d.SourceOld:
		return 1
	case d.NoDatedSource:
		return 2
	case d.statusDue():
		return 3
	}
	return 4
}

// newestSource returns the date of the newest dated source as written, and the last day it can mean (a year's
// 31 December, a month's last day): the benefit of the doubt, so that "2024" is not called older than "2024-06".
func newestSource(sources []wegwijzer.Source) (string, time.Time) {
	var date string
	var end time.Time
	for _, s := range sources {
		if e := periodEnd(s.Date); e.After(end) {
			date, end = s.Date, e
		}
	}
	return date, end
}

// periodEnd is the last day of a YYYY-MM-DD, YYYY-MM or YYYY date; zero for no date or a malformed one (content
// check reports those).
func periodEnd(s string) time.Time {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t.AddDate(0, 1, -1)
	}
	if t, err := time.Parse("2006", s); err == nil {
		return t.AddDate(1, 0, -1)
	}
	return time.Time{}
}

// monthsBetween is the number of whole months from a to b (0 when b is not after a).
func monthsBetween(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	n := (by-ay)*12 + int(bm-am)
	if bd < ad {
		n--
	}
	return max(n, 0)
}
