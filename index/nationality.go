package index

import "slices"

// euNationals are the words by which a message says that someone comes from a country of the EU, the EEA or
// Switzerland: the country or its adjective, in Dutch and in English ("een Duitse oprichter", "Polish workers",
// "ik kom uit Spanje"). Their citizens need no residence or work permit here, so an offer for people from outside
// those countries does not fit. Words that mean something else too are left out: "pools" and "fins" (English
// nouns), "lets" and "ests", "nederlands" (every Dutch message has it).
var euNationals = setOf(`duitsland duits duitse duitser duitsers belgie belgisch belgische belg belgen frankrijk frans
franse fransman fransen spanje spaans spaanse spanjaard spanjaarden italie italiaans italiaanse italianen polen poolse
roemenie roemeens roemeense roemenen bulgarije bulgaars bulgaarse bulgaren portugal portugees portugese
griekenland grieks griekse grieken oostenrijk oostenrijks oostenrijkse zweden zweeds zweedse denemarken deens deense
finland finse ierland iers ierse luxemburg luxemburgs luxemburgse hongarije hongaars hongaarse hongaren tsjechie
tsjechisch tsjechische slowakije slowaaks slowaakse slovenie sloveens sloveense kroatie kroatisch kroatische estland
estse letland letse litouwen litouws litouwse malta maltees maltese cyprus cypriotisch cypriotische noorwegen noors
noorse ijsland ijslands ijslandse liechtenstein zwitserland zwitsers zwitserse
germany german germans belgium belgian belgians france french spain spanish italy italian italians poland polish
romania romanian romanians bulgaria bulgarian bulgarians portugal portuguese greece greek greeks austria austrian
sweden swedish swede swedes denmark danish dane danes finland finnish ireland irish luxembourg hungary hungarian
hungarians czech czechia slovakia slovak slovenia slovenian croatia croatian croatians estonia estonian latvia latvian
lithuania lithuanian cypriot norway norwegian norwegians iceland icelandic switzerland swiss`)

// namesEUNational reports whether the words name a country of the EU, the EEA or Switzerland or its people.
func namesEUNational(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return euNationals[w] })
}
