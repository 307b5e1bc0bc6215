import { useParams } from 'react-router';

// The router only renders these routes when the segments exist, so a missing one is a routing bug.
export function useRegionParam(): string {
  const { region } = useParams();
  if (!region) throw new Error('route has no :region segment');
  return region;
}

export function useInstanceParams(): { region: string; id: string } {
  const { region, id } = useParams();
  if (!region || !id) throw new Error('route has no :region/:id segments');
  return { region, id };
}
