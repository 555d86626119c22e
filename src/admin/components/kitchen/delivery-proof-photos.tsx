import type { DeliveryProofView } from "../../../api/admin/production/ticket-view"

// undefined: the viewer's own locale and time zone.
const localTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })

const SIZES = { small: "h-12 w-12", large: "h-24 w-24" }

/**
 * The courier's photos of the delivery as thumbnails; each opens full size in a new tab. The images come from the
 * admin API (private storage), which the dashboard's session cookie authenticates.
 */
export const DeliveryProofPhotos = ({ proofs, size }: { proofs: DeliveryProofView[]; size: keyof typeof SIZES }) =>
  proofs.length ? (
    <div className="flex flex-wrap gap-2">
      {proofs.map((proof, index) => {
        const caption = `Delivery photo ${index + 1}${proof.courier_name ? ` by ${proof.courier_name}` : ""}, ${localTime(proof.taken_at)}`
        return (
          <a key={proof.id} href={proof.url} target="_blank" rel="noreferrer" title={caption}>
            <img src={proof.url} alt={caption} loading="lazy" className={`border-ui-border-base rounded-md border object-cover ${SIZES[size]}`} />
          </a>
        )
      })}
    </div>
  ) : null
