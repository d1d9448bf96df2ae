/**
 * Element ids derived from an edition's own ids. An edition's chapter, paragraph and note ids are slugs
 * (lower-case letters, digits and dashes), so none contains "_": every id made here carries a prefix
 * ending in "_", which the app's own ids (app, search-input, glossary-title, …) never use. A paragraph
 * called "search-input" or a note called "hint" can therefore never take, or be taken for, an element
 * of the app, nor one derived id clash with another ("note_a-text" is a note element, "note-text_a"
 * its text). Addresses keep the plain ids (?p=founding-1); only the DOM uses these.
 */
export const paragraphElementId = (paragraphId: string): string => `p_${paragraphId}`
export const chapterTitleId = (chapterId: string): string => `chapter-title_${chapterId}`
/** The open note beside its passage, its title and its text (which the mark points at). */
export const noteElementId = (annotationId: string): string => `note_${annotationId}`
export const noteTitleId = (annotationId: string): string => `note-title_${annotationId}`
export const noteTextId = (annotationId: string): string => `note-text_${annotationId}`
export const glossaryEntryId = (annotationId: string): string => `glossary_${annotationId}`
