// Package lexicon holds the word lists that understand shares with the packages it imports itself: demand/scrub
// reads them too and cannot import understand. The rest of understand's words live in understand/lexicon_nl.go and
// understand/lexicon_en.go. The lists are constants, words separated by white space, in lower case.
package lexicon

// NationalAdjectivesEN name the people of a country outside the EU, the EEA and Switzerland ("an Indian chef", "I'm
// American"); EU nationals need no permit to stay or work here (understand.NamesEUNational). understand takes one for where
// someone comes from only when it is said of a person ("an Indian restaurant" is a trade): see
// understand.NamesAbroad. Capitalised, such a word is no name either (scrub: "I'm American" says where the asker
// comes from). "English" is left out ("an English teacher").
const NationalAdjectivesEN = `indian brazilian turkish syrian american moroccan chinese japanese korean russian
	ukrainian afghan eritrean pakistani bangladeshi indonesian filipino vietnamese thai egyptian iranian iraqi
	canadian mexican argentinian argentine colombian venezuelan peruvian chilean nigerian ghanaian kenyan ethiopian
	somali australian british surinamese`

// NationalAdjectivesNL: see NationalAdjectivesEN ("mijn Braziliaanse kok", "ik ben Amerikaans"). "Engels" is the
// language.
const NationalAdjectivesNL = `indiase indiaas braziliaanse braziliaans turkse turks syrische syrisch amerikaanse
	amerikaans marokkaanse marokkaans chinese chinees japanse japans koreaanse koreaans russische russisch oekraïense
	oekraiense oekraïens oekraiens afghaanse afghaans eritrese eritrees pakistaanse pakistaans indonesische indonesisch
	filipijnse filipijns vietnamese vietnamees thaise thais egyptische egyptisch iraanse iraans iraakse iraaks
	canadese canadees mexicaanse mexicaans argentijnse argentijns colombiaanse colombiaans venezolaanse venezolaans
	nigeriaanse nigeriaans ghanese ghanees keniaanse keniaans ethiopische ethiopisch somalische somalisch
	australische australisch britse brits surinaamse surinaams zuid-afrikaanse`
