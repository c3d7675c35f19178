/** The recording file's extension (a module of its own: the file picker needs it before the format's code). */
export const FILE_EXTENSION = '.vtzrec';
