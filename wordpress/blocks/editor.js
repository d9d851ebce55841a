/**
 * The blocks "LNOB chart" and "LNOB big number" in the block editor — plain
 * JavaScript on WordPress's globals, no build step. The preview is the kit's
 * own element (the plugin loads the kit in the editor); save() writes the
 * element with its data as a child <table>, so a post still shows the
 * numbers without the plugin.
 *
 * Next step: the sidebar reuses the kit's builder panels (<lnob-builder>)
 * once they exist, instead of the WordPress controls below.
 */
(function (wp, config) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var blockEditor = wp.blockEditor;
  var components = wp.components;

  /** CSV (or tab-separated, when the first line has tabs and no commas) as rows of trimmed cells; quotes as in RFC 4180. */
  function csvRows(text) {
    var source = String(text || '').replace(/\r\n?/g, '\n').trim();
    if (!source) return [];
    var firstLine = source.split('\n')[0];
    var comma = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
    var rows = [];
    var row = [];
    var cell = '';
    var quoted = false;
    for (var i = 0; i < source.length; i++) {
      var char = source[i];
      if (quoted) {
        if (char === '"' && source[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (char === '"') quoted = false;
        else cell += char;
      } else if (char === '"') quoted = true;
      else if (char === comma) {
        row.push(cell.trim());
        cell = '';
      } else if (char === '\n') {
        row.push(cell.trim());
        if (row.join('') !== '') rows.push(row);
        row = [];
        cell = '';
      } else cell += char;
    }
    row.push(cell.trim());
    if (row.join('') !== '') rows.push(row);
    return rows;
  }

  /** The data as a table (header row = column names): what the element reads, and the fallback. */
  function dataTable(csv) {
    var rows = csvRows(csv);
    if (rows.length === 0) return null;
    var cells = function (row, tag) {
      return row.map(function (value, index) {
        return el(tag, { key: index }, value);
      });
    };
    return el(
      'table',
      null,
      el('thead', null, el('tr', null, cells(rows[0], 'th'))),
      el(
        'tbody',
        null,
        rows.slice(1).map(function (row, index) {
          return el('tr', { key: index }, cells(row, 'td'));
        }),
      ),
    );
  }

  /** Block attributes (camelCase) as the element's (kebab-case), empty ones left out; column roles as `<role>-column`. */
  function elementAttributes(attributes, names) {
    var result = {};
    names.forEach(function (name) {
      var value = attributes[name];
      if (value) result[name.replace(/[A-Z]/g, (letter) => '-' + letter.toLowerCase())] = String(value);
    });
    var columns = attributes.columns || {};
    Object.keys(columns).forEach(function (role) {
      if (columns[role]) result[role + '-column'] = String(columns[role]);
    });
    return result;
  }

  function options(values, emptyLabel) {
    var list = values.map(function (value) {
      return { value: String(value), label: String(value) };
    });
    return emptyLabel ? [{ value: '', label: emptyLabel }].concat(list) : list;
  }

  function text(props, name, label, help) {
    return el(components.TextControl, {
      label: label,
      help: help,
      value: props.attributes[name] || '',
      onChange: function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      },
    });
  }

  function select(props, name, label, choices) {
    return el(components.SelectControl, {
      label: label,
      value: props.attributes[name] || '',
      options: choices,
      onChange: function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      },
    });
  }

  /** The data panel: paste CSV, or pick a CSV from the media library (its text is copied into the block). */
  function dataPanel(props, help) {
    var [error, setError] = wp.element.useState('');
    var pick = el(
      blockEditor.MediaUploadCheck,
      null,
      el(blockEditor.MediaUpload, {
        allowedTypes: ['text/csv', 'text/plain', 'text/tab-separated-values'],
        onSelect: function (media) {
          setError('');
          window
            .fetch(media.url, { credentials: 'same-origin' })
            .then(function (response) {
              if (!response.ok) throw new Error(String(response.status));
              return response.text();
            })
            .then(function (csv) {
              props.setAttributes({ csv: csv });
            })
            .catch(function () {
              setError(__('The file could not be read. Paste its contents instead.', 'lnob-charts'));
            });
        },
        render: function (media) {
          return el(components.Button, { variant: 'secondary', onClick: media.open }, __('Use a CSV from the media library', 'lnob-charts'));
        },
      }),
    );
    return el(
      components.PanelBody,
      { title: __('Data', 'lnob-charts') },
      el(components.TextareaControl, {
        label: __('Data (CSV: a header row, then one line per row)', 'lnob-charts'),
        help: help,
        rows: 8,
        value: props.attributes.csv,
        onChange: function (csv) {
          props.setAttributes({ csv: csv });
        },
      }),
      pick,
      error ? el(components.Notice, { status: 'error', isDismissible: false }, error) : null,
    );
  }

  /** One select per column role the template reads, offering the data's column names. */
  function columnsPanel(props, readsRole) {
    var header = csvRows(props.attributes.csv)[0] || [];
    var roles = Object.keys(config.roles).filter(readsRole);
    return el(
      components.PanelBody,
      { title: __('Columns', 'lnob-charts'), initialOpen: false },
      roles.map(function (role) {
        var columns = props.attributes.columns || {};
        return el(components.SelectControl, {
          key: role,
          /* translators: %s: a column role such as "category" or "value". */
          label: wp.i18n.sprintf(__('Column for “%s”', 'lnob-charts'), role),
          value: columns[role] || '',
          options: options(header, __('The column named so', 'lnob-charts')),
          onChange: function (value) {
            var next = Object.assign({}, columns);
            next[role] = value;
            props.setAttributes({ columns: next });
          },
        });
      }),
    );
  }

  function lookPanel(props, withGoal) {
    return el(
      components.PanelBody,
      { title: __('Look and language', 'lnob-charts'), initialOpen: false },
      select(props, 'theme', __('Theme', 'lnob-charts'), options(config.themes, __('The site’s default', 'lnob-charts'))),
      withGoal
        ? select(
            props,
            'goal',
            __('SDG goal (colour)', 'lnob-charts'),
            options(
              Array.from({ length: 17 }, function (_, index) {
                return index + 1;
              }),
              __('None', 'lnob-charts'),
            ),
          )
        : null,
      select(props, 'lang', __('Language', 'lnob-charts'), options(config.languages, __('The site’s default', 'lnob-charts'))),
    );
  }

  function sourcePanel(props) {
    return el(
      components.PanelBody,
      { title: __('Source and notes', 'lnob-charts'), initialOpen: false },
      text(props, 'source', __('Source', 'lnob-charts')),
      text(props, 'sourceUrl', __('Source link', 'lnob-charts'), __('An address starting with https://', 'lnob-charts')),
      el(components.TextareaControl, {
        label: __('Notes', 'lnob-charts'),
        value: props.attributes.notes,
        onChange: function (notes) {
          props.setAttributes({ notes: notes });
        },
      }),
    );
  }

  var CHART_ATTRIBUTES = ['template', 'title', 'subtitle', 'source', 'sourceUrl', 'notes', 'theme', 'goal', 'lang'];
  var STAT_ATTRIBUTES = ['value', 'unit', 'label', 'change', 'changeLabel', 'source', 'sourceUrl', 'notes', 'theme', 'lang'];

  /** The element as the block saves it, and (eager: drawn at once) as the editor previews it. */
  function element(tag, names, attributes, extra) {
    return el(tag, Object.assign(elementAttributes(attributes, names), extra), dataTable(attributes.csv));
  }

  wp.blocks.registerBlockType('lnob-charts/chart', {
    edit: function (props) {
      var attributes = props.attributes;
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: __('Chart', 'lnob-charts') },
            select(props, 'template', __('Template', 'lnob-charts'), options(config.templates)),
            text(props, 'title', __('Title', 'lnob-charts')),
            text(props, 'subtitle', __('Subtitle', 'lnob-charts')),
          ),
          dataPanel(props),
          columnsPanel(props, function (role) {
            return config.roles[role].indexOf(attributes.template) >= 0;
          }),
          sourcePanel(props),
          lookPanel(props, true),
        ),
        attributes.csv
          ? // A new element for each change: the preview always starts from the saved markup.
            element('lnob-chart', CHART_ATTRIBUTES, attributes, { eager: '', key: JSON.stringify(attributes) })
          : el(
              components.Placeholder,
              { icon: 'chart-bar', label: __('LNOB chart', 'lnob-charts') },
              __('Paste your data in the sidebar (Data), or pick a CSV file from the media library.', 'lnob-charts'),
            ),
      );
    },
    save: function (props) {
      return element('lnob-chart', CHART_ATTRIBUTES, props.attributes, blockEditor.useBlockProps.save());
    },
  });

  wp.blocks.registerBlockType('lnob-charts/stat', {
    edit: function (props) {
      var attributes = props.attributes;
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: __('Big number', 'lnob-charts') },
            text(props, 'value', __('Number', 'lnob-charts'), __('Shown exactly as written.', 'lnob-charts')),
            text(props, 'unit', __('Unit', 'lnob-charts')),
            text(props, 'label', __('What it counts', 'lnob-charts')),
            text(props, 'change', __('Change', 'lnob-charts'), __('For example +12, -3.5% or auto (from the data).', 'lnob-charts')),
            text(props, 'changeLabel', __('Change label', 'lnob-charts')),
          ),
          dataPanel(props, __('Optional: a time column and a value column draw a sparkline.', 'lnob-charts')),
          columnsPanel(props, function (role) {
            return role === 'time' || role === 'value';
          }),
          sourcePanel(props),
          lookPanel(props, false),
        ),
        attributes.value || attributes.csv
          ? element('lnob-stat', STAT_ATTRIBUTES, attributes, { key: JSON.stringify(attributes) })
          : el(components.Placeholder, { icon: 'performance', label: __('LNOB big number', 'lnob-charts') }, __('Type the number in the sidebar.', 'lnob-charts')),
      );
    },
    save: function (props) {
      return element('lnob-stat', STAT_ATTRIBUTES, props.attributes, blockEditor.useBlockProps.save());
    },
  });
})(window.wp, window.lnobChartsEditor);
