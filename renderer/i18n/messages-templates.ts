/*
 * UI text of templates read from Word and of rolling forward onto another template,
 * Swedish first; merged into messages.ts.
 */
export const svTemplates = {
  templateFromWord: 'Ny mall från Word-fil',
  templateFromWordTitle: 'Välj mallen i Word-format (.docx)',
  templateOpenFile: 'Öppna mallfil',
  templateOpenFileTitle: 'Välj en mallfil (.json)',
  templateExport: 'Spara mallen som fil',
  templateExported: 'Mallen sparades som {file}.',
  templateVersion: 'version {version}',
  templateReviewHeading: 'Mall läst från {file}',
  templateReviewIntro:
    'Kontrollera mallen innan den sparas och rätta en frågas typ om den lästes fel. Inget sparas förrän du väljer Spara mallen.',
  templateReviewSummary: '{name}: {questions} frågor i {sections} avsnitt.',
  templateNotRead: 'Det här i filen lästes inte som en del av mallen ({count}):',
  templateAllRead: 'Allt i filen lästes som en del av mallen.',
  templateKindOf: 'Typ för fråga {id}',
  templateSave: 'Spara mallen',
  templateSaved: 'Mallen {name} sparades.',
  templateSavedVersion: 'Mallen {name} sparades som version {version}: en annan mall med samma namn fanns redan.',
  templateKnown: 'Mallen {name} finns redan på datorn.',
  rollForwardTemplate: 'Mall för det nya året',
  rollForwardMapping: 'Frågorna i den nya mallen',
  rollForwardMappingIntro:
    'Mallen skiljer sig från förra årets. Varje fråga får texten från frågan den fortsätter. Kontrollera de omformulerade och ändra ett par om det blev fel.',
  rollForwardMappingCounts: '{same} förs över, {reworded} omformulerade, {new} nya, {dropped} utgår.',
  pairSame: 'Förs över',
  pairReworded: 'Omformulerad – kontrollera',
  pairNew: 'Ny – börjar tom',
  pairFrom: 'Förra årets fråga för {id}',
  pairNone: 'Ingen – börjar tom',
  rollForwardDropped: 'Utgår ur mallen (texten sparas med rapporten som ej placerad text):',
};

export const enTemplates: Record<keyof typeof svTemplates, string> = {
  templateFromWord: 'New template from Word file',
  templateFromWordTitle: 'Choose the template as a Word file (.docx)',
  templateOpenFile: 'Open template file',
  templateOpenFileTitle: 'Choose a template file (.json)',
  templateExport: 'Save the template as a file',
  templateExported: 'The template was saved as {file}.',
  templateVersion: 'version {version}',
  templateReviewHeading: 'Template read from {file}',
  templateReviewIntro:
    'Check the template before saving it, and correct a question’s kind if it was read wrongly. Nothing is saved until you choose Save the template.',
  templateReviewSummary: '{name}: {questions} questions in {sections} sections.',
  templateNotRead: 'This in the file was not read as part of the template ({count}):',
  templateAllRead: 'Everything in the file was read as part of the template.',
  templateKindOf: 'Kind of question {id}',
  templateSave: 'Save the template',
  templateSaved: 'The template {name} was saved.',
  templateSavedVersion:
    'The template {name} was saved as version {version}: another template of the same name was already here.',
  templateKnown: 'The template {name} is already on this computer.',
  rollForwardTemplate: 'Template for the new year',
  rollForwardMapping: 'The questions of the new template',
  rollForwardMappingIntro:
    'The template differs from last year’s. Each question takes the text of the question it continues. Check the reworded ones and change a pair if it is wrong.',
  rollForwardMappingCounts: '{same} carried, {reworded} reworded, {new} new, {dropped} dropped.',
  pairSame: 'Carried',
  pairReworded: 'Reworded – check it',
  pairNew: 'New – starts empty',
  pairFrom: 'Last year’s question for {id}',
  pairNone: 'None – starts empty',
  rollForwardDropped: 'Dropped from the template (the text is kept with the report as unplaced text):',
};
