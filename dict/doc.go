// Package dict will hold the lexicons (compiled Hunspell dictionaries with
// frequencies and a diacritic-folded index) and the names gazetteer that the
// repair stages consult. It does not import pipeline.
package dict
