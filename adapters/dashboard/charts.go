package dashboard

import (
	"fmt"
	"math"
	"strconv"
)

// The charts are drawn on the server as inline SVG: no script, no chart library. Each chart has a viewBox and
// scales to the page's width, so it stays readable at 390 px; the page puts a table with the same figures next
// to it for screen readers (the SVG itself is aria-hidden).

// chart is what the svg template draws.
type chart struct {
	Title         string
	Width, Height int
	Natural       bool // drawn at its own size in a scrolling box (a heat map's text must not shrink), not scaled to the page
	Rects         []rect
	Texts         []text
	Lines         []line
}

type rect struct {
	X, Y, W, H float64
	Fill       string
	Title      string // tooltip
}

type text struct {
	X, Y   float64
	S      string
	Anchor string // start, middle, end
	Size   int
	Fill   string
	Rotate bool // -45°, for crowded column labels
}

type line struct {
	X1, Y1, X2, Y2 float64
	Stroke         string
	Dash           bool
}

// palette is colour-blind-safe (Okabe-Ito) and readable on white.
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#7F6000"}

// barRow is one labelled bar of a horizontal bar chart.
type barRow struct {
	Label string
	Value int
	Note  string // drawn after the bar ("12%", "onderdrukt")
}

// hbars draws labelled horizontal bars, one per row, scaled to max (or the largest value), with an optional
// target line.
func hbars(title string, rows []barRow, maxValue, target int) chart {
	const w, labelH, barH, gap = 360, 14, 14, 8
	c := chart{Title: title, Width: w}
	for _, r := range rows {
		maxValue = max(maxValue, r.Value)
	}
	y := 4.0
	for _, r := range rows {
		c.Texts = append(c.Texts, text{X: 0, Y: y + 11, S: r.Label, Anchor: "start", Size: 12, Fill: "#1d2733"})
		y += labelH
		bw := 0.0
		if maxValue > 0 {
			bw = float64(r.Value) / float64(maxValue) * (w - 70)
		}
		c.Rects = append(c.Rects, rect{X: 0, Y: y, W: math.Max(bw, 1), H: barH, Fill: palette[0], Title: r.Label + ": " + strconv.Itoa(r.Value)})
		note := r.Note
		if note == "" {
			note = strconv.Itoa(r.Value)
		}
		c.Texts = append(c.Texts, text{X: math.Max(bw, 1) + 4, Y: y + 11, S: note, Anchor: "start", Size: 11, Fill: "#1d2733"})
		y += barH + gap
	}
	if target > 0 && maxValue > 0 {
		x := float64(target) / float64(maxValue) * (w - 70)
		c.Lines = append(c.Lines, line{X1: x, Y1: 0, X2: x, Y2: y, Stroke: "#1d2733", Dash: true})
		c.Texts = append(c.Texts, text{X: x, Y: y + 10, S: "doel " + strconv.Itoa(target), Anchor: "middle", Size: 11, Fill: "#1d2733"})
		y += 12
	}
	c.Height = int(y) + 4
	return c
}

// series is one line of small multiples: a value per column, nil where the count is suppressed.
type series struct {
	Label  string
	Values []*int
}

// smallMultiples draws one row of column bars per series, all on one scale, with the column labels under the
// last row. Suppressed values show as a grey dot.
func smallMultiples(title string, columns []string, rows []series) chart {
	const w, rowH, labelH = 360, 34, 14
	c := chart{Title: title, Width: w}
	maxValue := 1
	for _, s := range rows {
		for _, v := range s.Values {
			if v != nil {
				maxValue = max(maxValue, *v)
			}
		}
	}
	n := max(len(columns), 1)
	colW := float64(w) / float64(n)
	y := 2.0
	for i, s := range rows {
		c.Texts = append(c.Texts, text{X: 0, Y: y + 11, S: s.Label, Anchor: "start", Size: 12, Fill: "#1d2733"})
		y += labelH
		base := y + rowH - labelH
		c.Lines = append(c.Lines, line{X1: 0, Y1: base, X2: w, Y2: base, Stroke: "#d5dce4"})
		for j, v := range s.Values {
			x := float64(j)*colW + colW*0.15
			if v == nil {
				c.Rects = append(c.Rects, rect{X: x + colW*0.25, Y: base - 4, W: 3, H: 3, Fill: "#8a96a3", Title: s.Label + " " + columns[j] + ": onderdrukt"})
				continue
			}
			h := float64(*v) / float64(maxValue) * (rowH - labelH - 2)
			c.Rects = append(c.Rects, rect{X: x, Y: base - h, W: colW * 0.7, H: h, Fill: palette[i%len(palette)], Title: fmt.Sprintf("%s %s: %d", s.Label, columns[j], *v)})
		}
		y = base + 4
	}
	step := max(1, (n+5)/6) // at most about six labels: they stay legible at 390 px
	for j := 0; j < len(columns); j += step {
		c.Texts = append(c.Texts, text{X: float64(j)*colW + colW/2, Y: y + 10, S: columns[j], Anchor: "middle", Size: 10, Fill: "#4b5967"})
	}
	c.Height = int(y) + 16
	return c
}

// heatCell is one cell of a heat map; Share < 0 means suppressed.
type heatCell struct {
	Share float64
	Label string
}

// heatmap draws rows × columns of cells coloured by share (0..1), the share printed in each cell.
func heatmap(title string, rowLabels, colLabels []string, cells [][]heatCell) chart {
	const cell, left, top = 40, 150, 90
	c := chart{Title: title, Width: left + cell*max(len(colLabels), 1) + 80, Height: top + cell*len(rowLabels) + 4, Natural: true}
	for j, l := range colLabels {
		x := float64(left + j*cell + cell/2)
		c.Texts = append(c.Texts, text{X: x, Y: top - 6, S: shorten(l, 16), Anchor: "start", Size: 10, Fill: "#1d2733", Rotate: true})
	}
	for i, l := range rowLabels {
		y := float64(top + i*cell)
		c.Texts = append(c.Texts, text{X: left - 6, Y: y + cell/2 + 4, S: shorten(l, 22), Anchor: "end", Size: 11, Fill: "#1d2733"})
		for j := range colLabels {
			x := float64(left + j*cell)
			hc := cells[i][j]
			fill, ink, s := "#eef1f4", "#4b5967", "–"
			if hc.Share >= 0 {
				fill, ink, s = heatColour(hc.Share), "#1d2733", strconv.Itoa(int(math.Round(hc.Share*100)))+"%"
				if hc.Share > 0.55 {
					ink = "#ffffff"
				}
			}
			c.Rects = append(c.Rects, rect{X: x + 1, Y: y + 1, W: cell - 2, H: cell - 2, Fill: fill, Title: l + ", " + colLabels[j] + ": " + hc.Label})
			c.Texts = append(c.Texts, text{X: x + cell/2, Y: y + cell/2 + 4, S: s, Anchor: "middle", Size: 10, Fill: ink})
		}
	}
	return c
}

// heatColour runs from light yellow (0) to dark red (1).
func heatColour(share float64) string {
	share = math.Min(math.Max(share, 0), 1)
	from, to := [3]float64{255, 245, 204}, [3]float64{165, 15, 21}
	var rgb [3]int
	for i := range rgb {
		rgb[i] = int(from[i] + (to[i]-from[i])*share)
	}
	return fmt.Sprintf("#%02x%02x%02x", rgb[0], rgb[1], rgb[2])
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
