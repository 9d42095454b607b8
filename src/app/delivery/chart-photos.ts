import type { OutgoingMessage } from './ports.ts';

export interface ChartPhotoStore {
  /** The picture's bytes, for its upload. */
  png(id: number): Promise<Uint8Array | undefined>;
  /** Keeps Telegram's id of an uploaded picture, for every later send and every other drainer. */
  remember(id: number, fileId: string): Promise<void>;
}

export interface AcquiredPhoto {
  photo: NonNullable<OutgoingMessage['photo']>;
  /** Report the send's result: the file id Telegram gave an upload, or nothing (failed, or sent by id). */
  release(fileId: string | undefined): void;
}

/**
 * Makes each chart picture travel to Telegram once: the first send uploads the bytes, and sends of
 * the same picture that start meanwhile wait for that upload and then go by its file id. If the
 * upload fails, the next waiting send uploads instead.
 */
export class ChartPhotos {
  private readonly fileIds = new Map<number, string>();
  private readonly uploads = new Map<number, Promise<void>>();

  constructor(
    private readonly store: ChartPhotoStore,
    private readonly onRememberFailed: (error: unknown) => void,
  ) {}

  async acquire(id: number, storedFileId: string | null): Promise<AcquiredPhoto> {
    if (storedFileId !== null && !this.fileIds.has(id)) this.fileIds.set(id, storedFileId);
    for (;;) {
      const known = this.fileIds.get(id);
      if (known !== undefined) return { photo: { fileId: known }, release: () => undefined };
      const pending = this.uploads.get(id);
      if (!pending) break;
      await pending;
    }
    let done!: () => void;
    this.uploads.set(id, new Promise<void>((resolve) => (done = resolve)));
    const finish = (fileId: string | undefined) => {
      if (fileId !== undefined) {
        this.fileIds.set(id, fileId);
        this.store.remember(id, fileId).catch(this.onRememberFailed);
      }
      this.uploads.delete(id);
      done();
    };
    try {
      const png = await this.store.png(id);
      if (!png) throw new Error('chart picture not found');
      return { photo: { png, filename: `chart-${id}.png` }, release: finish };
    } catch (error) {
      finish(undefined);
      throw error;
    }
  }
}
