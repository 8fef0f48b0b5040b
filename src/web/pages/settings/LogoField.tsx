import { useId, useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import { Button } from '../../components/Button.js';
import { useI18n } from '../../i18n/index.js';

const MAX_BYTES = 100_000;
const SVG_START = /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/;

interface LogoFieldProps {
  label: string;
  description: string;
  value: string | null;
  onChange: (value: string | null) => void;
}

/**
 * The logo is an SVG document stored as a setting. The preview goes through a data: URL in an
 * <img>, which the CSP allows and which never runs scripts the file might contain.
 */
export function LogoField({ label, description, value, onChange }: LogoFieldProps) {
  const { t } = useI18n();
  const s = t.settings;
  const labelId = useId();
  const helpId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);

  async function pick(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setProblem(null);
    setPicked(null);
    if (file.size > MAX_BYTES) return setProblem(s.logoTooBig);
    const content = await file.text();
    if (!SVG_START.test(content)) return setProblem(s.logoNotSvg);
    onChange(content);
    setPicked(file.name);
  }

  return (
    <div className="field logo-field" role="group" aria-labelledby={labelId} aria-describedby={helpId}>
      <p className="field__label" id={labelId}>
        {label}
      </p>
      <p className="field__help" id={helpId}>
        {description}
      </p>
      <div className="logo-field__preview">
        {value ? (
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(value)}`} alt={s.logoPreview} width="96" height="96" />
        ) : (
          <p className="muted">{s.logoDefault}</p>
        )}
      </div>
      <div className="form__actions">
        <FileTrigger acceptedFileTypes={['image/svg+xml', '.svg']} onSelect={(files) => void pick(files)}>
          <Button>{s.logoChoose}</Button>
        </FileTrigger>
        {value ? (
          <Button
            variant="quiet"
            onPress={() => {
              onChange(null);
              setPicked(null);
            }}
          >
            {s.logoRemove}
          </Button>
        ) : null}
      </div>
      <p role="status" className="field__help">
        {picked ? s.logoPicked(picked) : ''}
      </p>
      {problem ? (
        <p role="alert" className="field__error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
