import { useEffect, useState } from 'react';
import { useImageSource } from '../image-source';

/** Shows an image from the image source through an object URL, freed when the image goes away. */
export function StoredImage({ imageId, altText, width }: { imageId: string; altText: string; width: number | null }) {
  const source = useImageSource();
  const [url, setUrl] = useState<string>();
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    void source.blob(imageId).then((blob) => {
      if (cancelled) return;
      if (!blob) return setMissing(true);
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [source, imageId]);
  if (missing) return <span className="image-missing">[Bilden saknas]</span>;
  if (!url) return <span className="image-loading" aria-hidden="true" />;
  return <img src={url} alt={altText} width={width ?? undefined} className="answer-image" draggable={false} />;
}
