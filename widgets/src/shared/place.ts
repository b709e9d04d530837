/** Where something takes place, as one line: "Stadshuset, Lund" or the municipality alone. */
export function placeText(place: {
  placeName: string | null;
  address: string | null;
  municipality: { name: string } | null;
}): string {
  return [place.placeName, place.municipality?.name].filter(Boolean).join(', ');
}

/** schema.org location: a Place, a VirtualLocation, or both for a blended session. */
export function placeJsonLd(place: {
  placeName: string | null;
  address: string | null;
  municipality: { name: string } | null;
  onlineUrl: string | null;
}): object[] {
  const locations: object[] = [];
  if (place.placeName || place.address || place.municipality) {
    locations.push({
      '@type': 'Place',
      name: place.placeName ?? place.municipality?.name,
      address: [place.address, place.municipality?.name].filter(Boolean).join(', ') || undefined,
    });
  }
  if (place.onlineUrl) locations.push({ '@type': 'VirtualLocation', url: place.onlineUrl });
  return locations;
}

/** schema.org's attendance mode for a place that is physical, online or both. */
export function attendanceMode(locations: object[], online: boolean): string {
  const physical = locations.length > (online ? 1 : 0);
  if (physical && online) return 'https://schema.org/MixedEventAttendanceMode';
  return online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode';
}
