import { createContext, useContext, type ReactNode } from 'react';

/*
 * Where the editor's images come from. The editor shows an image by its id and asks this
 * for the bytes; the app gives it the database's images (main.tsx), a test or another
 * host can give it anything else. The editor never reaches the store itself.
 */

/** A source of images by id. */
export interface ImageSource {
  /** The image's bytes, or undefined when there is no image of that id. */
  blob(imageId: string): Promise<Blob | undefined>;
}

const ImageSourceContext = createContext<ImageSource | null>(null);

/** Gives the editors (and the final view's images) their image source. */
export function ImageSourceProvider({ source, children }: { source: ImageSource; children: ReactNode }) {
  return <ImageSourceContext.Provider value={source}>{children}</ImageSourceContext.Provider>;
}

/** The image source; an error outside ImageSourceProvider. */
export function useImageSource(): ImageSource {
  const source = useContext(ImageSourceContext);
  if (!source) throw new Error('useImageSource utanför ImageSourceProvider');
  return source;
}
