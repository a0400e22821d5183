/** The files of a drop, with dropped folders walked (webkitGetAsEntry), each file named by its path in the folder. */

/** Every file of a drop: plain files as they are, folders read recursively (sub-folders included). */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items ?? [])
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return Array.from(data.files ?? []);
  const out: File[] = [];
  for (const entry of entries) await walk(entry, out);
  return out.length > 0 ? out : Array.from(data.files ?? []);
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)).catch(() => null);
    if (file) out.push(file);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches (100 in Chromium) until it returns an empty one
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject)).catch(() => []);
    if (batch.length === 0) return;
    for (const e of batch) await walk(e, out);
  }
}
