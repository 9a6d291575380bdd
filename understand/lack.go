package understand

// Lack nouns: after "geen" or "no" they say what the person is short of, which is the question, not a rejection
// ("tijdelijk geen inkomen", "we have no customers"). The words after the negation are then searched.
var nlLackNouns = `inkomen inkomsten omzet klanten opdrachten werk winst geld liquiditeit financiering cashflow
stroom aansluiting ruimte opvolger`

var enLackNouns = `income revenue customers clients orders work profit money cash cashflow funding successor`

var lackNouns = set(nlLackNouns + " " + enLackNouns)
